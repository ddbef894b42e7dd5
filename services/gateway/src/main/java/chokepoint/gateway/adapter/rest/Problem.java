package chokepoint.gateway.adapter.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem: HTTP status, a machine-readable {@code reason} (UPPER_SNAKE, the same
 * codes as the gRPC ErrorInfo), a human {@code detail}, and the {@code field} when one is to
 * blame. Thrown by resources, turned into application/problem+json by {@link ProblemMappers}.
 */
public class Problem extends RuntimeException {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final int status;
    private final String reason;
    private final String field;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Problem(int status, String reason, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.reason = reason;
        this.field = field;
    }

    public static Problem badRequest(String reason, String field, String detail) {
        return new Problem(400, reason, detail, field);
    }

    public Problem with(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public Response toResponse() {
        Response.ResponseBuilder b = Response.status(status).type(PROBLEM_JSON).entity(body());
        if (status == 503) {
            b.header("Retry-After", "5");
        }
        if (status == 413) {
            b.header("Connection", "close"); // the rest of the body is not read: the connection cannot carry another request
        }
        return b.build();
    }

    /** The problem document (RFC 9457 members plus reason, field and any extra members). */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://chokepoint.dev/problems/" + reason.toLowerCase().replace('_', '-'));
        body.put("title", Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase());
        body.put("status", status);
        body.put("reason", reason);
        body.put("detail", getMessage());
        if (field != null) {
            body.put("field", field);
        }
        body.putAll(extra);
        return body;
    }
}
