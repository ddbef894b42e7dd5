package chokepoint.e2e;

import chokepoint.local.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The suite as a user runs it: {@code deploy/local/run} in a fresh CHOKEPOINT_HOME on free
 * ports, tokens from {@code deploy/local/token}, requests over HTTP.
 */
final class Suite implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final Path root = Path.of(System.getProperty("chokepoint.root", "..")).toAbsolutePath().normalize();
    final Path home;
    final Map<String, String> env = new HashMap<>();
    final int gatewayPort;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Suite(Map<String, String> extraEnv) throws Exception {
        this(fresh(extraEnv));
    }

    private static HashMap<String, String> fresh(Map<String, String> extraEnv) throws IOException {
        HashMap<String, String> env = new HashMap<>();
        env.put("CHOKEPOINT_HOME", Files.createTempDirectory("chokepoint-e2e-").toString());
        // below the ephemeral range: a port from there can be taken by a service's outgoing connection before
        // the server meant for it binds (a CI run failed so)
        int[] ports = FreePorts.distinct(5);
        env.put("CHOKEPOINT_GATEWAY_PORT", String.valueOf(ports[0]));
        env.put("CHOKEPOINT_DESIGNATIONS_PORT", String.valueOf(ports[1]));
        env.put("CHOKEPOINT_PROHIBITION_PORT", String.valueOf(ports[2]));
        env.put("CHOKEPOINT_PAIP_PORT", String.valueOf(ports[3]));
        env.put("CHOKEPOINT_DB_PORT", String.valueOf(ports[4]));
        env.put("CHOKEPOINT_JAVA_OPTS", "-Xmx384m");
        env.putAll(extraEnv);
        return env;
    }

    /** The suite again, after this one was stopped: same home (data, keys), ports and settings. */
    Suite restart() throws Exception {
        return restart(Map.of());
    }

    /** As {@link #restart()}, with some settings changed. */
    Suite restart(Map<String, String> changes) throws Exception {
        close();
        HashMap<String, String> next = new HashMap<>(env);
        next.putAll(changes);
        return new Suite(next);
    }

    private Suite(HashMap<String, String> fullEnv) throws Exception {
        env.putAll(fullEnv);
        home = Path.of(env.get("CHOKEPOINT_HOME"));
        gatewayPort = Integer.parseInt(env.get("CHOKEPOINT_GATEWAY_PORT"));
        ProcessBuilder pb = new ProcessBuilder(root.resolve("deploy/local/run").toString()).redirectErrorStream(true);
        pb.environment().putAll(env);
        process = pb.start();
        CompletableFuture<Boolean> up = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("Chokepoint is up")) {
                        up.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            up.complete(false);
        }, "suite-output");
        pump.setDaemon(true);
        pump.start();
        boolean ok;
        try {
            ok = up.get(300, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            ok = false;
        }
        if (!ok) {
            close();
            throw new IllegalStateException("the suite did not come up:\n" + output + "\n" + logs());
        }
    }

    String token(String role, String tenant) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(root.resolve("deploy/local/token").toString(), role));
        if (tenant != null) {
            cmd.addAll(List.of("--tenant", tenant));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("token failed: " + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    record Answer(int status, JsonNode body, String contentType) {
    }

    Answer post(String path, String token, String json) throws Exception {
        return post(gatewayPort, path, token, json);
    }

    /** As {@link #post(String, String, String)}, to another gateway on this machine (ReplicasIT's second one). */
    Answer post(int port, String path, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(port, path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token);
    }

    /** POSTs a file as the request body (as curl --data-binary does). */
    Answer postBytes(String path, String token, String contentType, byte[] body, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(gatewayPort, path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType).timeout(timeout);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        return new Answer(r.statusCode(), json, r.headers().firstValue("Content-Type").orElse(""));
    }

    /** The JDBC URL of one of the suite's databases, from the "READY url user" line PostgreSQL printed. */
    String jdbcUrl(String database) throws IOException {
        for (String line : Files.readAllLines(home.resolve("logs").resolve("postgres.log"))) {
            if (line.startsWith("READY ")) {
                return line.split(" ")[1] + database + "?user=" + line.split(" ")[2];
            }
        }
        throw new IllegalStateException("PostgreSQL of the suite is not ready");
    }

    String log(String service) throws IOException {
        return Files.readString(home.resolve("logs").resolve(service + ".log"));
    }

    Answer get(String path, String token) throws Exception {
        return get(gatewayPort, path, token);
    }

    Answer get(int port, String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(uri(port, path)).GET(), token);
    }

    private Answer send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
        return new Answer(r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(""));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid(String service) throws IOException {
        return Long.parseLong(Files.readString(home.resolve("run").resolve(service + ".pid")).trim());
    }

    void signal(String service, String signal) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid(service))).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + service + " failed");
        }
    }

    String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(home.resolve("logs"))) {
            for (Path f : files.toList()) {
                List<String> lines = Files.readAllLines(f);
                b.append("==== ").append(f.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> b.append(l).append('\n'));
            }
        } catch (IOException ignored) {
            // no logs yet
        }
        return b.toString();
    }

    String output() {
        return output.toString();
    }

    /** Stops the suite as Ctrl-C would (SIGINT to the run script) and waits for every process. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            // TERM, which the script traps like Ctrl-C: a build started in the background (CI) inherits SIGINT
            // ignored, and a non-interactive shell cannot trap a signal ignored on entry
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).start().waitFor();
            // the script gives its processes 15 s to stop, then kills them; a loaded CI machine needs slack on top
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
