package chokepoint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7, point 5: imposing a package creates its designations exactly once even if paip-menu dies between the
 * two writes. paip-menu is started with a fault-injection switch that halts the JVM right after designation-lists
 * answered the first create and before paip-menu recorded it (a real process death at that point, exit 137); the
 * suite is restarted without it, the outbox resends with the same request id, and designation-lists holds each
 * designation once.
 */
class PaipCrashIT {

    static Suite suite;

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void paipMenuKilledBetweenTheTwoWritesStillCreatesEachDesignationOnce() throws Exception {
        String lab = "Crash Test Distillation Lab " + UUID.randomUUID().toString().substring(0, 6);
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN", "CHOKEPOINT_PAIP_FAULT_HALT_AFTER_CREATE", "true"));
        String state = suite.token("agency-state", null);
        String analyst = suite.token("analyst", null);
        Suite.Answer ident = suite.post("/v1/paip/identifications?requestId=" + UUID.randomUUID(), state, """
                {"party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}, "clause": "I",
                 "isFinancialInstitution": false, "reportYear": 2026,
                 "narrative": "Distilled a U.S. frontier model through fraudulent accounts."}""".formatted(lab));
        assertThat(ident.status()).as(ident.body().toString()).isEqualTo(201);
        long paip = suite.pid("paip-menu");
        Suite.Answer imposed = suite.post("/v1/paip/identifications/" + ident.body().get("id").asText() + "/packages?requestId="
                + UUID.randomUUID(), state, """
                {"measures": ["A", "B", "H", "I", "J"], "effectiveFrom": "2026-12-01"}""");
        assertThat(imposed.status()).as(imposed.body().toString()).isEqualTo(201);
        String packageId = imposed.body().get("id").asText();

        for (int i = 0; i < 300 && suite.alive(paip); i++) {
            Thread.sleep(100);
        }
        assertThat(suite.alive(paip)).as("paip-menu halted after the first create\n" + suite.logs()).isFalse();
        // the first designation exists, but paip-menu never recorded it
        assertThat(designationsNamed(lab, analyst)).hasSize(1);

        suite = suite.restart(Map.of("CHOKEPOINT_PAIP_FAULT_HALT_AFTER_CREATE", "false"));
        state = suite.token("agency-state", null);
        analyst = suite.token("analyst", null);
        JsonNode pkg = null;
        for (int i = 0; i < 120; i++) {
            pkg = suite.get("/v1/paip/packages/" + packageId, state).body();
            if (pkg.path("designationIds").size() == 2) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(pkg.path("designationIds")).as(String.valueOf(pkg)).hasSize(2);
        JsonNode designations = designationsNamed(lab, analyst);
        assertThat(designations).as("each designation exactly once: " + designations).hasSize(2);
        java.util.List<String> lists = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        designations.forEach(d -> {
            lists.add(d.get("list").asText());
            ids.add(d.get("id").asText());
        });
        assertThat(lists).containsExactlyInAnyOrder("PAIP", "ENTITY_LIST");
        assertThat(ids).containsExactlyInAnyOrder(pkg.get("designationIds").get(0).asText(), pkg.get("designationIds").get(1).asText());
    }

    static JsonNode designationsNamed(String name, String token) throws Exception {
        Suite.Answer a = suite.get("/v1/designations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&asOf=2026-12-05", token);
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        return a.body().get("designations");
    }
}
