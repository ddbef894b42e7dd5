package chokepoint.designations.sources;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The tests' remote control of the {@link LoopbackListServer}. */
final class Loopback {

    /** One request the server saw. */
    record Seen(long at, String ifNoneMatch, String ifModifiedSince, String status) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    Loopback(int port) {
        this.base = "http://127.0.0.1:" + port + "/_control/";
    }

    void serve(String name, byte[] content, String etag, String lastModified) {
        send(HttpRequest.newBuilder(URI.create(base + "files/" + name + "?etag=" + enc(etag) + "&lastModified=" + enc(lastModified)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** Misbehave on the next requests of the file, in order: "503", "503 retry-after=1", "truncate", "stall". */
    void script(String name, String... actions) {
        send(HttpRequest.newBuilder(URI.create(base + "script/" + name + "?reset=true"))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", actions))));
    }

    /** The requests seen for the file since the last call, and forgets them. */
    List<Seen> takeLog(String name) {
        String body = send(HttpRequest.newBuilder(URI.create(base + "log/" + name)).DELETE());
        if (body.isBlank()) {
            return List.of();
        }
        return Arrays.stream(body.split("\n")).map(l -> l.split("\\|", -1))
                .map(f -> new Seen(Long.parseLong(f[0]), f[1], f[2], f[3])).toList();
    }

    private String send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("loopback control answered " + r.statusCode());
            }
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
