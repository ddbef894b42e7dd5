package chokepoint.designations.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A list file server on the loopback interface, standing in for trade.gov and OFAC: it serves
 * files under /files/NAME with an ETag and Last-Modified, answers conditional requests with
 * 304, and follows a script of misbehaviours per file: "503" (optionally "503 retry-after=S"),
 * "truncate" (announces the whole length, sends a part, closes the connection), "stall"
 * (sends a part, then nothing for 5 s). The tests drive it over HTTP under /_control (the
 * server runs in the test resource, which may live in another class loader than the test):
 * PUT /_control/files/NAME?etag=E&lastModified=D sets a file; POST /_control/script/NAME
 * appends script lines; GET /_control/log/NAME lists the requests seen, one per line:
 * "millis|If-None-Match|If-Modified-Since|status".
 */
public final class LoopbackListServer implements AutoCloseable {

    private record Served(byte[] content, String etag, String lastModified) {
    }

    private final HttpServer server;
    private final Map<String, Served> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> log = new ConcurrentHashMap<>();

    public LoopbackListServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-list-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/files/", this::serve);
        server.createContext("/_control/", this::control);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String name = ex.getRequestURI().getPath().substring("/files/".length());
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
        String action;
        synchronized (scripts) {
            Deque<String> s = scripts.get(name);
            action = s == null || s.isEmpty() ? "ok" : s.poll();
        }
        Served f = files.get(name);
        int status = f == null ? 404 : action.startsWith("503") ? 503
                : f.etag != null && f.etag.equals(inm) ? 304 : 200;
        log.computeIfAbsent(name, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(System.currentTimeMillis() + "|" + nz(inm) + "|" + nz(ims) + "|" + status + (status == 200 ? " " + action : ""));
        ex.getRequestBody().readAllBytes();
        if (status != 200) {
            if (action.contains("retry-after=")) {
                ex.getResponseHeaders().add("Retry-After", action.substring(action.indexOf("retry-after=") + "retry-after=".length()));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        if (f.etag != null) {
            ex.getResponseHeaders().add("ETag", f.etag);
        }
        if (f.lastModified != null) {
            ex.getResponseHeaders().add("Last-Modified", f.lastModified);
        }
        ex.getResponseHeaders().add("Content-Type", "text/csv");
        ex.sendResponseHeaders(200, f.content.length);
        OutputStream out = ex.getResponseBody();
        switch (action) {
            case "truncate" -> {
                out.write(f.content, 0, f.content.length / 2);
                out.flush();
                throw new IOException("connection dropped on purpose after half the file"); // the server closes the socket
            }
            case "stall" -> {
                out.write(f.content, 0, f.content.length / 2);
                out.flush();
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("stalled on purpose");
            }
            default -> {
                out.write(f.content);
                ex.close();
            }
        }
    }

    private void control(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/_control/".length());
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        byte[] body = ex.getRequestBody().readAllBytes();
        byte[] answer = new byte[0];
        if (path.startsWith("files/")) {
            String name = path.substring("files/".length());
            files.put(name, new Served(body, blankToNull(q.get("etag")), blankToNull(q.get("lastModified"))));
        } else if (path.startsWith("script/")) {
            String name = path.substring("script/".length());
            synchronized (scripts) {
                Deque<String> s = scripts.computeIfAbsent(name, k -> new ArrayDeque<>());
                if ("true".equals(q.get("reset"))) {
                    s.clear();
                }
                for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        s.add(line.strip());
                    }
                }
            }
        } else if (path.startsWith("log/")) {
            String name = path.substring("log/".length());
            List<String> l = log.getOrDefault(name, List.of());
            synchronized (l) {
                answer = String.join("\n", l).getBytes(StandardCharsets.UTF_8);
            }
            if (ex.getRequestMethod().equals("DELETE")) {
                log.remove(name);
            }
        }
        ex.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            ex.getResponseBody().write(answer);
        }
        ex.close();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String kv : raw.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
