package chokepoint.gateway.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Every error leaves the gateway as application/problem+json with a reason; never a stack. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    UploadLimit uploadLimit;

    @ServerExceptionMapper
    public Response problem(Problem p, HttpServerRequest request) {
        if (p.status() == 413) {
            // an upload refused part-way (UploadLimit.limited): the rest of its body is left unread, so the connection
            // is closed once the problem is written (Vert.x keeps it open whatever the Connection header says)
            request.response().bodyEndHandler(v -> request.connection().close());
        }
        return p.toResponse();
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = mie.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = e instanceof InvalidFormatException ? "INVALID_VALUE" : "INVALID_TYPE";
            return Problem.badRequest(reason, field, field + " has the wrong type or format").toResponse();
        }
        return Problem.badRequest("MALFORMED_JSON", null, "the body is not valid JSON"
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return new Problem(401, "UNAUTHENTICATED", "a valid bearer token is required", null).toResponse();
    }

    @ServerExceptionMapper
    public Response authFailed(AuthenticationFailedException e) {
        return new Problem(401, "UNAUTHENTICATED", "the bearer token is invalid or expired", null).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return new Problem(403, "ROLE_NOT_ALLOWED", "the token's role may not make this call", null).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return new Problem(404, "NOT_FOUND", "no such resource", null).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return new Problem(405, "METHOD_NOT_ALLOWED", "this method is not allowed on this resource", null).toResponse();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return new Problem(415, "UNSUPPORTED_MEDIA_TYPE", "send application/json", null).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 413) {
            // the multipart form parser stopped at the upload limit (UploadLimit): worded as the import's own count is
            return problem(UploadLimit.tooLargePartWay(uploadLimit.limitBytes()), request);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return new Problem(500, "INTERNAL", "internal error; nothing was recorded", null).toResponse();
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return json(jpe);
        }
        return new Problem(status, "BAD_REQUEST", "the request was not understood", null).toResponse();
    }

    @ServerExceptionMapper
    public Response other(RuntimeException e) {
        LOG.error("unexpected failure", e);
        return new Problem(500, "INTERNAL", "internal error; nothing was recorded", null).toResponse();
    }
}
