package chokepoint.gateway.adapter.rest;

import chokepoint.gateway.adapter.client.DownstreamRejected;
import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Downstream outcomes as problems: refusals keep their reason; outages fail closed with 503. */
public class Errors {

    @ServerExceptionMapper
    public Response unavailable(DownstreamUnavailable e, UriInfo uri) {
        String detail = uri.getPath().replaceFirst("^/+", "").startsWith("v1/screenings")
                ? "the screening could not be completed: " + e.getMessage() + "; no verdict was given (fail closed), retry later"
                : "the request could not be completed: " + e.getMessage() + "; retry later (a write retried with the same "
                        + "requestId is applied once)";
        return new Problem(503, "DEPENDENCY_UNAVAILABLE", detail, null).with("dependency", e.service()).toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(DownstreamRejected e) {
        String reason = e.info().getOrDefault("reason", "REJECTED");
        Problem p = new Problem(status(e.code()), reason, e.getMessage(), jsonPath(e.info().get("field")));
        e.info().forEach((k, v) -> {
            if (!k.equals("reason") && !k.equals("field") && !k.equals("message") && !k.equals("code")) {
                p.with(k, v);
            }
        });
        return p.toResponse();
    }

    /**
     * The HTTP status of a refusal by a service behind the gateway. {@code ABORTED} is a concurrent request that won
     * (paip-menu's {@code CONCURRENT_REQUEST}): 409, retry to read its result; a refusal gRPC has no closer code for
     * (FAILED_PRECONDITION: the request is valid but the state does not allow it) is 422.
     */
    static int status(io.grpc.Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, OUT_OF_RANGE -> 400;
            case NOT_FOUND -> 404;
            case PERMISSION_DENIED -> 403;
            case UNAUTHENTICATED -> 401;
            case ALREADY_EXISTS, ABORTED -> 409;
            default -> 422;
        };
    }

    /**
     * A service behind the gateway names a bad field by its protobuf path ({@code as_of}); a REST client sent it
     * by its JSON name ({@code asOf}), which is what the problem's {@code field} must say (PAIP's problems too,
     * {@link PaipResource#restField}).
     */
    static String jsonPath(String protoPath) {
        if (protoPath == null || protoPath.indexOf('_') < 0) {
            return protoPath;
        }
        StringBuilder out = new StringBuilder(protoPath.length());
        boolean upper = false;
        for (char ch : protoPath.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                out.append(upper && out.length() > 0 && out.charAt(out.length() - 1) != '.' ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
