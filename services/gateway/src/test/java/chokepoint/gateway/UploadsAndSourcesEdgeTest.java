package chokepoint.gateway;

import chokepoint.testing.PostgresResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The edge of uploads and list sources without the services behind it: an upload over the
 * limit (2 MB in tests) is a problem+json 413 before its body is read; the sources resources
 * check roles and methods and fail closed when designation-lists is not there.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class UploadsAndSourcesEdgeTest {

    static final long LIMIT = 2L * 1024 * 1024;

    static String bearer(String role) {
        return "Bearer " + PostgresResource.token(role);
    }

    record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends only the request head of an upload announcing {@code bytes} bytes, as curl does before
     * a large body (Expect: 100-continue), and reads the answer the gateway gives without the body.
     */
    Answer announceUpload(String contentType, long bytes) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            String head = "POST /v1/imports?format=CSL_CSV&effectiveOn=2026-07-31 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + bearer("admin") + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes
                    + "\r\nExpect: 100-continue\r\n\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // the gateway closes it
            int headEnd = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, headEnd).split("\r\n");
            String type = "";
            for (String l : lines) {
                if (l.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    type = l.substring("content-type:".length()).strip();
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), type, response.substring(headEnd + 4));
        }
    }

    @Test
    void anUploadOverTheLimitIs413ProblemJsonWithTheLimitBeforeItsBodyIsSent() throws Exception {
        for (String type : new String[] {"text/csv", "multipart/form-data; boundary=xyz"}) {
            Answer a = announceUpload(type, LIMIT + 1);
            assertThat(a.status()).isEqualTo(413);
            assertThat(a.contentType()).startsWith("application/problem+json");
            JsonNode body = new ObjectMapper().readTree(a.body());
            assertThat(body.get("reason").asText()).isEqualTo("UPLOAD_TOO_LARGE");
            assertThat(body.get("status").asInt()).isEqualTo(413);
            assertThat(body.get("limitBytes").asLong()).isEqualTo(LIMIT);
        }
    }

    @Test
    void anUploadWithinTheLimitReachesTheImportAndFailsClosedWithoutDesignationLists() {
        given().header("Authorization", bearer("admin")).contentType("text/csv").body(new byte[1024])
                .post("/v1/imports?format=CSL_CSV&effectiveOn=2026-07-31")
                .then().statusCode(503).contentType("application/problem+json").body("reason", equalTo("DEPENDENCY_UNAVAILABLE"));
    }

    @Test
    void listingSourcesNeedsAnOperatorRoleAndFailsClosedWithoutDesignationLists() {
        given().header("Authorization", bearer("provider")).get("/v1/sources")
                .then().statusCode(403).contentType("application/problem+json").body("reason", equalTo("ROLE_NOT_ALLOWED"));
        given().get("/v1/sources").then().statusCode(401).body("reason", equalTo("UNAUTHENTICATED"));
        given().header("Authorization", bearer("analyst")).get("/v1/sources")
                .then().statusCode(503).contentType("application/problem+json").body("reason", equalTo("DEPENDENCY_UNAVAILABLE"))
                .body("dependency", equalTo("designation-lists"));
    }

    @Test
    void refreshIsACustomMethodForOperatorsOnly() {
        given().header("Authorization", bearer("admin")).post("/v1/sources/csl:frobnicate")
                .then().statusCode(404).contentType("application/problem+json").body("reason", equalTo("NOT_FOUND"));
        given().header("Authorization", bearer("provider")).post("/v1/sources/csl:refresh")
                .then().statusCode(403).body("reason", equalTo("ROLE_NOT_ALLOWED"));
        given().header("Authorization", bearer("admin")).post("/v1/sources/csl:refresh?force=true")
                .then().statusCode(503).body("reason", equalTo("DEPENDENCY_UNAVAILABLE"));
    }
}
