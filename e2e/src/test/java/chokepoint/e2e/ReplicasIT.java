package chokepoint.e2e;

import chokepoint.local.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas share one PostgreSQL, as deploy/k8s runs them: a second designation-lists, cloud-prohibition and
 * gateway are started next to the suite's, on the same databases and keys, the second gateway talking to the second
 * services. What an agency writes through the first gateway reaches screenings through the second within seconds:
 * a designation (through the change log the second designation-lists follows) and a program (through the stamp the
 * second cloud-prohibition reads every second; it reloaded every 30 s before).
 */
class ReplicasIT {

    static Suite suite;
    static final List<Process> replicas = new ArrayList<>();
    static int secondGateway;
    static String ofac;
    static String provider;

    @BeforeAll
    static void start() throws Exception {
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN", "CHOKEPOINT_DOWNSTREAM_DEADLINE", "6s"));
        ofac = suite.token("agency-ofac", null);
        provider = suite.token("provider", "replicas");
        // the environment deploy/local/run gave its services (databases, keys, service token), with the second set's ports
        Map<String, String> env = environment(suite.pid("gateway"));
        int[] ports = FreePorts.distinct(3);
        env.put("CHOKEPOINT_DESIGNATIONS_PORT", String.valueOf(ports[0]));
        env.put("CHOKEPOINT_PROHIBITION_PORT", String.valueOf(ports[1]));
        env.put("CHOKEPOINT_GATEWAY_PORT", String.valueOf(ports[2]));
        secondGateway = ports[2];
        for (String service : new String[] {"designation-lists", "cloud-prohibition", "gateway"}) {
            Path log = suite.home.resolve("logs").resolve(service + "-2.log");
            ProcessBuilder pb = new ProcessBuilder("java", "-Xms64m", "-Xmx384m", "-jar",
                    suite.root.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            replicas.add(pb.start());
        }
        for (int port : ports) {
            awaitReady(port);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : replicas) {
            p.destroy();
        }
        for (Process p : replicas) {
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aDesignationWrittenThroughOneGatewayIsScreenedThroughTheOtherWithinSeconds() throws Exception {
        String name = "Replica Relay Networks " + UUID.randomUUID().toString().substring(0, 6) + " Ltd";
        Suite.Answer d = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), ofac, """
                {"list": "SDN", "programs": ["CYBER2"], "effectiveFrom": "2026-03-01",
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["HK"]}}""".formatted(name));
        assertThat(d.status()).as(d.body().toString()).isEqualTo(201);

        JsonNode answer = screenUntil(secondGateway, name, "AI_TRAINING_COMPUTE", "PROHIBITED");
        assertThat(answer.get("verdict").asText()).as(answer.toString()).isEqualTo("PROHIBITED");
        assertThat(answer.get("reasons").get(0).get("code").asText()).isEqualTo("BLOCKED_PARTY");
    }

    @Test
    void aProgramEnactedThroughOneGatewayAppliesThroughTheOtherWithinSeconds() throws Exception {
        String name = "Replica Training Lab " + UUID.randomUUID().toString().substring(0, 6) + " Co";
        String bis = suite.token("agency-bis", null);
        Suite.Answer d = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), bis, """
                {"list": "ENTITY_LIST", "effectiveFrom": "2026-02-01", "licenseReviewPolicy": "Presumption of denial",
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["CN"]}}""".formatted(name));
        assertThat(d.status()).as(d.body().toString()).isEqualTo(201);
        String designationId = d.body().get("id").asText();
        assertThat(screenUntil(secondGateway, name, "AI_TRAINING_COMPUTE", "REVIEW").get("verdict").asText()).isEqualTo("REVIEW");

        Suite.Answer p = suite.post("/v1/programs?requestId=" + UUID.randomUUID(), ofac, """
                {"id": "IEEPA-AI-REPLICA-%s", "authority": "IEEPA", "name": "Targeted prohibition on AI training compute",
                 "citation": "Executive Order under IEEPA, 50 U.S.C. 1702(a)(1)(B)",
                 "scope": {"designationIds": ["%s"]},
                 "effects": [{"serviceType": "AI_TRAINING_COMPUTE", "verdict": "PROHIBITED"}],
                 "effectiveFrom": "2026-03-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6), designationId));
        assertThat(p.status()).as(p.body().toString()).isEqualTo(201);

        JsonNode answer = screenUntil(secondGateway, name, "AI_TRAINING_COMPUTE", "PROHIBITED");
        assertThat(answer.get("verdict").asText()).as("within 10 s of the enactment through the other gateway: " + answer)
                .isEqualTo("PROHIBITED");
    }

    /** Screens through the gateway on {@code port} until the verdict is {@code wanted} or 10 s passed; the last answer. */
    static JsonNode screenUntil(int port, String name, String service, String wanted) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode last;
        do {
            Suite.Answer a = suite.post(port, "/v1/screenings", provider, """
                    {"customer": {"kind": "ORGANIZATION", "name": "%s"}, "service": {"type": "%s"}}""".formatted(name, service));
            assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
            last = a.body();
            if (wanted.equals(last.get("verdict").asText())) {
                return last;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < until);
        return last;
    }

    /** The environment of a running process (/proc/PID/environ). */
    static Map<String, String> environment(long pid) throws Exception {
        Map<String, String> env = new HashMap<>();
        for (String kv : new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), StandardCharsets.UTF_8).split("\0")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                env.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return env;
    }

    static void awaitReady(int port) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < until) {
            try {
                if (suite.get(port, "/q/health/ready", null).status() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            for (Process p : replicas) {
                assertThat(p.isAlive()).as("a replica exited; see its log in " + suite.home.resolve("logs")).isTrue();
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("a replica on port " + port + " was not ready within 180 s:\n" + suite.logs());
    }
}
