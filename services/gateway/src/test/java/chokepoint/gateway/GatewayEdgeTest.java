package chokepoint.gateway;

import chokepoint.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The gateway's edge on its own: authentication, roles, validation, and failing closed when
 * the services behind it are not there (nothing listens on their ports in this test).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class GatewayEdgeTest {

    static String provider() {
        return "Bearer " + PostgresResource.token("provider", "acme");
    }

    static final String VALID = """
            {"customer": {"kind": "ORGANIZATION", "name": "Example Cloud Customer"},
             "service": {"type": "AI_TRAINING_COMPUTE"}}""";

    @Test
    void noTokenIs401ProblemJson() {
        given().contentType("application/json").body(VALID).post("/v1/screenings")
                .then().statusCode(401).contentType("application/problem+json").body("reason", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aForgedTokenIs401() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").contentType("application/json")
                .body(VALID).post("/v1/screenings")
                .then().statusCode(401).body("reason", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aProviderCannotCreateADesignation() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"list\":\"SDN\",\"party\":{\"name\":\"X\"}}").post("/v1/designations?requestId=r1")
                .then().statusCode(403).contentType("application/problem+json").body("reason", equalTo("ROLE_NOT_ALLOWED"));
    }

    @Test
    void malformedJsonIs400() {
        given().header("Authorization", provider()).contentType("application/json").body("{\"customer\": {")
                .post("/v1/screenings")
                .then().statusCode(400).contentType("application/problem+json").body("reason", equalTo("MALFORMED_JSON"));
    }

    @Test
    void anUnknownServiceTypeIs400NamingTheField() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"customer\": {\"name\": \"A\"}, \"service\": {\"type\": \"TIME_TRAVEL\"}}").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("INVALID_ENUM")).body("field", equalTo("service.type"))
                .body("detail", containsString("AI_TRAINING_COMPUTE"));
    }

    @Test
    void anUnknownPartyKindIs400() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"customer\": {\"name\": \"A\", \"kind\": \"ROBOT\"}, \"service\": {\"type\": \"STORAGE\"}}").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("INVALID_ENUM")).body("field", equalTo("customer.kind"));
    }

    @Test
    void aMissingNameIs400() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"customer\": {\"kind\": \"PERSON\"}, \"service\": {\"type\": \"STORAGE\"}}").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("MISSING_NAME")).body("field", equalTo("customer.name"));
    }

    @Test
    void aOneMegabyteNameIs400() {
        String name = "A".repeat(1_000_000);
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"customer\": {\"name\": \"" + name + "\"}, \"service\": {\"type\": \"STORAGE\"}}").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("NAME_TOO_LONG"));
    }

    @Test
    void aBadAsOfIs400() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("{\"customer\": {\"name\": \"A\"}, \"service\": {\"type\": \"STORAGE\"}, \"asOf\": \"27/11/2026\"}").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("INVALID_DATE")).body("field", equalTo("asOf"));
    }

    @Test
    void declaredOwnersAboveOneHundredPercentAre400() {
        given().header("Authorization", provider()).contentType("application/json")
                .body("""
                        {"customer": {"name": "Sub Co", "owners": [
                          {"party": {"name": "A"}, "percent": "60"}, {"party": {"name": "B"}, "percent": "50"}]},
                         "service": {"type": "STORAGE"}}""").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("OWNERSHIP_EXCEEDS_100"));
        given().header("Authorization", provider()).contentType("application/json")
                .body("""
                        {"customer": {"name": "Sub Co", "owners": [{"party": {"name": "A"}, "percent": "fifty"}]},
                         "service": {"type": "STORAGE"}}""").post("/v1/screenings")
                .then().statusCode(400).body("reason", equalTo("INVALID_PERCENT")).body("field", equalTo("customer.owners[0].percent"));
    }

    @Test
    void withTheServicesBehindItDownAValidScreeningFailsClosedWith503() {
        given().header("Authorization", provider()).contentType("application/json").body(VALID).post("/v1/screenings")
                .then().statusCode(503).contentType("application/problem+json")
                .body("reason", equalTo("DEPENDENCY_UNAVAILABLE"))
                .body("dependency", equalTo("designation-lists"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void anUnknownScreeningIs404() {
        given().header("Authorization", provider()).get("/v1/screenings/scr_nope")
                .then().statusCode(404).body("reason", equalTo("SCREENING_NOT_FOUND"));
    }

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
