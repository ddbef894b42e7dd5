package chokepoint.gateway.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An upload larger than quarkus.http.limits.max-body-size (CHOKEPOINT_MAX_UPLOAD) is refused
 * before its body is read, as Vert.x does, but with a problem+json 413 that says so (reason
 * UPLOAD_TOO_LARGE and the limit) instead of an empty response. This runs just before Quarkus'
 * own check (route order -2) for requests that announce their Content-Length (curl, browsers
 * and HTTP clients sending a file do).
 *
 * <p>An import sent in chunks without a Content-Length ({@code POST /v1/imports}) is refused with
 * the same problem once it passes the limit, and nothing is imported: a file is counted by
 * {@link #limited} as the import reads it (the import is cancelled), a multipart form by the
 * form parser, which stops at the same limit (its 413 is worded by {@link ProblemMappers}). For
 * that request the REST layer's own count is switched off (route order -1, after Quarkus put it in
 * place): it would answer 413 with an empty body first. Every other chunked body keeps the REST
 * layer's count.
 */
@ApplicationScoped
public class UploadLimit {

    static final int ORDER = -3;

    /** After Quarkus' own limit handler (-2), before the REST layer. */
    static final int CHUNKED_IMPORT_ORDER = -1;

    /** Where Quarkus leaves the limit for the REST layer's body stream (quarkus-vertx-http, resteasy-reactive-vertx). */
    static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";

    static final String IMPORTS_PATH = "/v1/imports";

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        // only the import's own route: screenings do not pass through this handler
        router.route(HttpMethod.POST, IMPORTS_PATH).order(CHUNKED_IMPORT_ORDER).handler(ctx -> {
            if (ctx.request().getHeader("Content-Length") == null && isImport(ctx.request().method().name(), ctx.normalizedPath())) {
                ctx.remove(QUARKUS_LIMIT_KEY); // ImportResource counts a file with limited(), the form parser a form
            }
            ctx.next();
        });
        router.route().order(ORDER).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                announced = -1; // Vert.x refuses a malformed Content-Length itself
            }
            if (announced <= limit) {
                ctx.next();
                return;
            }
            Problem p = tooLarge("the request body is " + announced + " bytes", limit, "nothing was read or imported");
            String body;
            try {
                body = json.writeValueAsString(p.body());
            } catch (JsonProcessingException e) {
                body = "{\"status\":413,\"reason\":\"UPLOAD_TOO_LARGE\"}";
            }
            // the client may still be sending the body: answer, then close the connection
            ctx.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json").putHeader("Connection", "close")
                    .endHandler(v -> ctx.request().connection().close());
            ctx.response().end(body);
        });
    }

    /** The configured limit in bytes, or -1 when there is none. */
    long limitBytes() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
    }

    static boolean isImport(String method, String path) {
        return "POST".equals(method) && IMPORTS_PATH.equals(path);
    }

    /** The problem for an upload refused part-way, by the import's count or the form parser's. */
    static Problem tooLargePartWay(long limit) {
        return tooLarge("the upload passed " + limit + " bytes", limit, "it was not read further and nothing was imported");
    }

    static Problem tooLarge(String what, long limit, String consequence) {
        return new Problem(413, "UPLOAD_TOO_LARGE", what + ", more than the limit of " + limit
                + " bytes (CHOKEPOINT_MAX_UPLOAD); " + consequence, null).with("limitBytes", limit);
    }

    /**
     * {@code in}, refused with a 413 {@link Problem} (UPLOAD_TOO_LARGE) as soon as more than {@code limit} bytes were read
     * from it; {@code limit} < 0: no limit.
     */
    static InputStream limited(InputStream in, long limit) {
        if (limit < 0) {
            return in;
        }
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > limit) {
                    throw tooLargePartWay(limit);
                }
            }
        };
    }
}
