package chokepoint.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for trade.gov and OFAC on the loopback interface: serves files with an ETag and
 * Last-Modified, answers If-None-Match with 304, or answers 503 while told to. Records the
 * requests ("name If-None-Match status").
 */
final class ListServer implements AutoCloseable {

    private record File(byte[] content, String etag, String lastModified) {
    }

    private final HttpServer server;
    private final Map<String, File> files = new ConcurrentHashMap<>();
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    volatile boolean unavailable;

    ListServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().substring(1);
            File f = files.get(name);
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            int status = unavailable ? 503 : f == null ? 404 : f.etag.equals(inm) ? 304 : 200;
            seen.add(name + " " + inm + " " + status);
            if (status != 200) {
                ex.sendResponseHeaders(status, -1);
                ex.close();
                return;
            }
            ex.getResponseHeaders().add("ETag", f.etag);
            ex.getResponseHeaders().add("Last-Modified", f.lastModified);
            ex.sendResponseHeaders(200, f.content.length);
            ex.getResponseBody().write(f.content);
            ex.close();
        });
        server.start();
    }

    void serve(String name, byte[] content, String etag, String lastModified) {
        files.put(name, new File(content, etag, lastModified));
    }

    String url(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
