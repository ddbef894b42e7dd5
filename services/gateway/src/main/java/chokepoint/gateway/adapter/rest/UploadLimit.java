package chokepoint.gateway.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * An upload larger than quarkus.http.limits.max-body-size (CHOKEPOINT_MAX_UPLOAD) is refused
 * before its body is read, as Vert.x does, but with a problem+json 413 that says so (reason
 * UPLOAD_TOO_LARGE and the limit) instead of an empty response. This runs just before Quarkus'
 * own check (route order -2) for requests that announce their Content-Length (curl, browsers
 * and HTTP clients sending a file do). A chunked upload without a Content-Length is still
 * stopped when it passes the limit, by the REST layer's body stream, which answers 413 with an
 * empty body and closes the connection before this code could word it (SourcesIT shows that
 * nothing is imported then).
 */
@ApplicationScoped
public class UploadLimit {

    static final int ORDER = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
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
            Problem p = new Problem(413, "UPLOAD_TOO_LARGE", "the request body is " + announced + " bytes, more than the limit of "
                    + limit + " bytes (CHOKEPOINT_MAX_UPLOAD); nothing was read or imported", null).with("limitBytes", limit);
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
}
