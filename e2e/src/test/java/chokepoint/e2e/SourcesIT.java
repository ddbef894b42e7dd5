package chokepoint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists that update themselves, through the real suite: the two default sources (CSL, OFAC SDN
 * CSV set) are pointed at a server on loopback with environment variables, the suite imports
 * them by itself, screenings use them, and an operator watches and confirms through the
 * gateway's /v1/sources. Nothing leaves the machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesIT {

    static final String EL = ",Entity List (EL) - Bureau of Industry and Security,";
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    static ListServer files;
    static Suite suite;
    static String admin;
    static List<String> csl;

    static Path shared(String relative) {
        return KillMidImportIT.shared(relative);
    }

    static String daysAgo(int days) {
        return HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC).minusDays(days).withHour(9));
    }

    static byte[] lines(List<String> l) {
        return (String.join("\n", l) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void start() throws Exception {
        files = new ListServer();
        // the CSL: its header and every Entity List row of the 2026 file
        List<String> all = Files.readAllLines(shared("lists/csl/consolidated-2026-07-31.csv"), StandardCharsets.UTF_8);
        csl = new ArrayList<>(List.of(all.get(0)));
        all.stream().filter(l -> l.contains(EL)).forEach(csl::add);
        files.serve("consolidated.csv", lines(csl), "\"csl-1\"", daysAgo(2));
        // OFAC's set: the first 500 SDN rows of 2023-12-28 with the whole address and alias files
        // (rows of other entries are ignored with a warning); the comments file of the consolidated set
        List<String> sdn = Files.readAllLines(shared("lists/ofac/sdn-2023-12-28.csv"), StandardCharsets.UTF_8).subList(0, 500);
        files.serve("SDN.CSV", lines(sdn), "\"sdn-1\"", daysAgo(3));
        files.serve("ADD.CSV", Files.readAllBytes(shared("lists/ofac/add-2023-12-28.csv")), "\"add-1\"", daysAgo(3));
        files.serve("ALT.CSV", Files.readAllBytes(shared("lists/ofac/alt-2023-12-28.csv")), "\"alt-1\"", daysAgo(3));
        files.serve("SDN_COMMENTS.CSV", Files.readAllBytes(shared("lists/ofac/cons_comments-2025-12-19.csv")), "\"com-1\"", daysAgo(3));

        Map<String, String> env = new HashMap<>();
        env.put("CHOKEPOINT_SOURCES_ENABLED", "true");
        env.put("CHOKEPOINT_MAX_UPLOAD", "512K"); // the gateway's upload limit, for the chunked upload below
        env.put("CHOKEPOINT_SOURCES_TICK", "2s");
        env.put("CHOKEPOINT_SOURCES_FIRST_DELAY", "1s");
        env.put("CHOKEPOINT_SOURCES_INITIAL_BACKOFF", "PT0.1S");
        env.put("CHOKEPOINT_SOURCES_LIST_CSL_URL", files.url("consolidated.csv"));
        env.put("CHOKEPOINT_SOURCES_LIST_OFAC_SDN_PARTS_SDN", files.url("SDN.CSV"));
        env.put("CHOKEPOINT_SOURCES_LIST_OFAC_SDN_PARTS_ADD", files.url("ADD.CSV"));
        env.put("CHOKEPOINT_SOURCES_LIST_OFAC_SDN_PARTS_ALT", files.url("ALT.CSV"));
        env.put("CHOKEPOINT_SOURCES_LIST_OFAC_SDN_PARTS_COMMENTS", files.url("SDN_COMMENTS.CSV"));
        suite = new Suite(env);
        admin = suite.token("admin", null);
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
        if (files != null) {
            files.close();
        }
    }

    static JsonNode source(JsonNode page, String name) {
        for (JsonNode s : page.get("sources")) {
            if (s.get("name").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no source " + name + " in " + page);
    }

    @Test
    @Order(1)
    void theSuiteImportsBothDefaultSourcesByItself() throws Exception {
        JsonNode page = null;
        for (int i = 0; i < 180; i++) {
            Suite.Answer a = suite.get("/v1/sources", admin);
            assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
            page = a.body();
            if ("IMPORTED".equals(source(page, "csl").path("lastOutcome").asText())
                    && "IMPORTED".equals(source(page, "ofac-sdn").path("lastOutcome").asText())) {
                break;
            }
            Thread.sleep(1000);
        }
        List<String> names = new ArrayList<>();
        page.get("sources").forEach(s -> names.add(s.get("name").asText()));
        assertThat(names).containsExactly("csl", "ofac-sdn");
        JsonNode c = source(page, "csl");
        assertThat(c.get("lastOutcome").asText()).as(page.toString()).isEqualTo("IMPORTED");
        assertThat(c.get("parts").get(0).get("location").asText()).isEqualTo(files.url("consolidated.csv"));
        assertThat(c.get("excludedLists").get(0).asText()).isEqualTo("SDN");
        JsonNode o = source(page, "ofac-sdn");
        assertThat(o.get("lastOutcome").asText()).as(page.toString()).isEqualTo("IMPORTED");
        assertThat(o.get("parts").size()).isEqualTo(4);
        assertThat(files.seen).anySatisfy(s -> assertThat(s).startsWith("consolidated.csv null 200"));
    }

    @Test
    @Order(2)
    void screeningsUseWhatTheSourcesLoaded() throws Exception {
        String provider = suite.token("provider", "acme");
        Suite.Answer clear = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "Harmless Bakery GmbH"}, "service": {"type": "STORAGE"}}""");
        assertThat(clear.status()).as(clear.body().toString()).isEqualTo(200);
        // SDN and the Entity List are required: CLEAR only because both were loaded
        assertThat(clear.body().get("verdict").asText()).as(clear.body().toString()).isEqualTo("CLEAR");
        Suite.Answer zhipu = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "Beijing Zhipu Huazhang Technology Co., Ltd."},
                 "service": {"type": "EAR_ITEM_EXPORT", "eccn": "3A090"}}""");
        assertThat(zhipu.body().get("verdict").asText()).as(zhipu.body().toString()).isEqualTo("LICENSE_REQUIRED");
    }

    @Test
    @Order(3)
    void aRefreshOfAnUnchangedSourceIsA304() throws Exception {
        files.seen.clear();
        Suite.Answer a = suite.postBytes("/v1/sources/csl:refresh", admin, "application/json", new byte[0], java.time.Duration.ofMinutes(5));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("outcome").asText()).isEqualTo("NOT_MODIFIED");
        assertThat(files.seen).contains("consolidated.csv \"csl-1\" 304");
    }

    @Test
    @Order(4)
    void aFileThatWouldEmptyTheEntityListWaitsForConfirmation() throws Exception {
        files.serve("consolidated.csv", lines(csl.subList(0, 301)), "\"csl-2\"", daysAgo(1));
        Suite.Answer refused = suite.postBytes("/v1/sources/csl:refresh", admin, "application/json", new byte[0],
                java.time.Duration.ofMinutes(5));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("reason").asText()).isEqualTo("IMPLAUSIBLE_REMOVAL");
        assertThat(refused.body().get("awaitingConfirmation").asText()).isEqualTo("true");
        JsonNode c = source(suite.get("/v1/sources", admin).body(), "csl");
        assertThat(c.get("lastOutcome").asText()).isEqualTo("REFUSED");
        assertThat(c.get("awaitingConfirmation").asBoolean()).isTrue();

        Suite.Answer confirmed = suite.postBytes("/v1/sources/csl:refresh?force=true", admin, "application/json", new byte[0],
                java.time.Duration.ofMinutes(5));
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
        assertThat(confirmed.body().get("outcome").asText()).isEqualTo("IMPORTED");
        assertThat(confirmed.body().get("removed").asInt()).isGreaterThan(3000);
        assertThat(confirmed.body().get("source").get("awaitingConfirmation").asBoolean()).isFalse();
    }

    @Test
    @Order(5)
    void aSourceThatIsDownIsA502AndShowsInTheHealthOfDesignationLists() throws Exception {
        files.unavailable = true;
        Suite.Answer a = suite.postBytes("/v1/sources/ofac-sdn:refresh", admin, "application/json", new byte[0],
                java.time.Duration.ofMinutes(5));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(502);
        assertThat(a.body().get("reason").asText()).isEqualTo("SOURCE_DOWNLOAD_FAILED");
        assertThat(a.body().get("cause").asText()).isEqualTo("HTTP_503");
        assertThat(files.seen.stream().filter(s -> s.endsWith(" 503")).count()).isGreaterThanOrEqualTo(4); // retried

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + suite.env.get("CHOKEPOINT_DESIGNATIONS_PORT") + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode checks = Suite.JSON.readTree(health.body()).get("checks");
        JsonNode sources = null;
        for (JsonNode check : checks) {
            if (check.get("name").asText().equals("list-sources")) {
                sources = check;
            }
        }
        assertThat(sources).isNotNull();
        assertThat(sources.get("status").asText()).isEqualTo("UP");
        assertThat(sources.get("data").get("ofac-sdn").asText()).startsWith("FAILED HTTP_503");
        // the SDN list imported earlier is still there for screenings
        Suite.Answer clear = suite.post("/v1/screenings", suite.token("provider", "acme"), """
                {"customer": {"kind": "ORGANIZATION", "name": "Harmless Bakery GmbH"}, "service": {"type": "STORAGE"}}""");
        assertThat(clear.body().get("verdict").asText()).as(clear.body().toString()).isEqualTo("CLEAR");
    }

    @Test
    @Order(6)
    void listVersionsPageInLoadOrderAndAChunkedUploadOverTheLimitIsRefusedWithNothingImported() throws Exception {
        Suite.Answer all = suite.get("/v1/lists/ENTITY_LIST/versions?pageSize=1000", admin);
        assertThat(all.status()).as(all.body().toString()).isEqualTo(200);
        int before = all.body().get("versions").size();
        assertThat(before).isGreaterThanOrEqualTo(2); // the first import and the confirmed one of test 4
        // one per page, in the order they were loaded, the same versions as the whole page
        List<String> paged = new ArrayList<>();
        String token = "";
        do {
            Suite.Answer page = suite.get("/v1/lists/ENTITY_LIST/versions?pageSize=1" + (token.isEmpty() ? "" : "&pageToken=" + token), admin);
            assertThat(page.body().get("versions").size()).isEqualTo(1);
            paged.add(page.body().get("versions").get(0).get("id").asText());
            token = page.body().path("nextPageToken").asText("");
        } while (!token.isEmpty());
        List<String> ids = new ArrayList<>();
        List<String> loaded = new ArrayList<>();
        all.body().get("versions").forEach(v -> {
            ids.add(v.get("id").asText());
            loaded.add(v.get("loadedAt").asText());
            assertThat(v.get("list").asText()).isEqualTo("ENTITY_LIST");
        });
        assertThat(paged).isEqualTo(ids);
        assertThat(loaded).isSorted();
        assertThat(all.body().get("versions").get(before - 1).get("removed").asInt()).isGreaterThan(3000);
        assertThat(suite.get("/v1/lists/ENTITY_LIST/versions?pageSize=5000", admin).status()).isEqualTo(400);

        // the whole Entity List again (about 1 MB), sent in chunks without a length, as a file and as a multipart form:
        // each stopped at 512 KiB with the same problem+json as a body that announces its length (the gateway's
        // UploadsAndSourcesEdgeTest), the connection closed (the rest of the body is not read), nothing imported
        byte[] file = lines(csl);
        assertThat(file.length).isGreaterThan(600 * 1024);
        assertRefusedPartWay(chunkedImport(admin, "text/csv", file));
        String boundary = "chokepoint-e2e-boundary";
        java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"entity-list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        form.write(file);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        assertRefusedPartWay(chunkedImport(admin, "multipart/form-data; boundary=" + boundary, form.toByteArray()));
        assertThat(suite.get("/v1/lists/ENTITY_LIST/versions?pageSize=1000", admin).body().get("versions").size()).isEqualTo(before);
    }

    /** A CSL import of {@code body} in 16 KiB chunks without a Content-Length, over a raw socket; the gateway's answer. */
    private String chunkedImport(String admin, String contentType, byte[] body) throws Exception {
        int port = Integer.parseInt(suite.env.get("CHOKEPOINT_GATEWAY_PORT"));
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            java.io.OutputStream out = s.getOutputStream();
            try {
                out.write(("POST /v1/imports?format=CSL_CSV&effectiveOn=2026-07-31&force=true HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + admin + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int at = 0; at < body.length; at += 16 * 1024) {
                    int n = Math.min(16 * 1024, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedWhileSending) {
                // the gateway may answer and close before the whole body is written
            }
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertRefusedPartWay(String response) throws Exception {
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response.toLowerCase(Locale.ROOT)).contains("connection: close").contains("content-type: application/problem+json");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        JsonNode problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body.substring(body.indexOf('{'),
                body.lastIndexOf('}') + 1)); // with or without chunked framing
        assertThat(problem.get("reason").asText()).isEqualTo("UPLOAD_TOO_LARGE");
        assertThat(problem.get("limitBytes").asLong()).isEqualTo(512 * 1024);
    }
}
