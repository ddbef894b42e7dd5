package chokepoint.designations.sources;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a {@link LoopbackListServer} and points the service's list sources at it (and only at
 * it: nothing leaves the machine), with short timeouts and backoff, and no scheduler ticks (the
 * tests refresh explicitly, or call the scheduler's due-run themselves).
 */
public class LoopbackSourcesResource implements QuarkusTestResourceLifecycleManager {

    private LoopbackListServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new LoopbackListServer();
            String base = "http://127.0.0.1:" + server.port() + "/files/";
            Path drop = Files.createTempDirectory("chokepoint-source-drop-");
            Map<String, String> c = new HashMap<>();
            both(c, "chokepoint.sources.enabled", "true");
            both(c, "chokepoint.sources.tick", "off");
            c.put("chokepoint.sources.max-attempts", "3");
            c.put("chokepoint.sources.initial-backoff", "PT0.05S");
            c.put("chokepoint.sources.max-backoff", "PT2S");
            c.put("chokepoint.sources.read-timeout", "PT1S");
            c.put("chokepoint.sources.response-timeout", "PT5S");
            c.put("chokepoint.sources.connect-timeout", "PT2S");
            c.put("chokepoint.sources.failure-retry", "PT1S");
            c.put("chokepoint.sources.settle", "PT0.2S");
            // the default sources, moved to loopback (the operator's way of overriding a default)
            c.put("chokepoint.sources.list.csl.url", base + "consolidated.csv");
            c.put("chokepoint.sources.list.ofac-sdn.parts.sdn", base + "SDN.CSV");
            c.put("chokepoint.sources.list.ofac-sdn.parts.add", base + "ADD.CSV");
            c.put("chokepoint.sources.list.ofac-sdn.parts.alt", base + "ALT.CSV");
            c.put("chokepoint.sources.list.ofac-sdn.parts.comments", base + "SDN_COMMENTS.CSV");
            // more sources of the tests' own
            c.put("chokepoint.sources.list.uvl.format", "CSL_CSV");
            c.put("chokepoint.sources.list.uvl.url", base + "uvl.csv");
            c.put("chokepoint.sources.list.meu.format", "CSL_CSV");
            c.put("chokepoint.sources.list.meu.url", base + "meu.csv");
            c.put("chokepoint.sources.list.drop.format", "DOD_1260H_CSV");
            c.put("chokepoint.sources.list.drop.directory", drop.toString());
            c.put("chokepoint.sources.list.broken.format", "XLSX");
            c.put("chokepoint.sources.list.broken.url", "ftp://example.invalid/list.xlsx");
            c.put("chokepoint.test.loopback-port", String.valueOf(server.port()));
            c.put("chokepoint.test.drop-dir", drop.toString());
            return c;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the loopback list server", e);
        }
    }

    /** A value that also wins over a %test profile value in application.properties. */
    private static void both(Map<String, String> c, String key, String value) {
        c.put(key, value);
        c.put("%test." + key, value);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
