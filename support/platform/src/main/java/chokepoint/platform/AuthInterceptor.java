package chokepoint.platform;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Every gRPC call but health checks and reflection must carry {@code authorization: Bearer <jwt>}
 * signed by the suite's key (mp.jwt.verify.publickey.location). The verified caller is put in
 * the call's {@link Context} for the services to check roles and tenants.
 */
@GlobalInterceptor
@ApplicationScoped
public class AuthInterceptor implements ServerInterceptor {

    public static final Context.Key<Caller> CALLER = Context.key("chokepoint-caller");
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    @Inject
    JWTParser parser;

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        if (method.startsWith("grpc.health.") || method.startsWith("grpc.reflection.")) {
            return next.startCall(call, headers);
        }
        String header = headers.get(AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse(call, "missing bearer token");
        }
        String raw = header.substring(7).trim();
        try {
            // CachingJwtParser: a token verified once is not verified again until it expires
            JsonWebToken jwt = parser.parse(raw);
            Caller caller = new Caller(jwt.getSubject(), Set.copyOf(jwt.getGroups()), TokenClaims.tenant(jwt), raw);
            return Contexts.interceptCall(Context.current().withValue(CALLER, caller), call, headers, next);
        } catch (ParseException e) {
            return refuse(call, "invalid or expired bearer token");
        }
    }

    private static <Q, R> ServerCall.Listener<Q> refuse(ServerCall<Q, R> call, String why) {
        io.grpc.StatusRuntimeException e = GrpcErrors.unauthenticated(why);
        call.close(e.getStatus(), e.getTrailers() == null ? new Metadata() : e.getTrailers());
        return new ServerCall.Listener<>() {
        };
    }

    /** The verified caller of the current gRPC call. */
    public static Caller caller() {
        Caller c = CALLER.get();
        if (c == null) {
            throw GrpcErrors.unauthenticated("no authenticated caller");
        }
        return c;
    }

    /** Fails the call with PERMISSION_DENIED unless the caller has one of the roles. */
    public static Caller requireRole(String... roles) {
        Caller c = caller();
        if (!c.hasAnyRole(roles)) {
            throw GrpcErrors.permissionDenied("ROLE_NOT_ALLOWED",
                    "this call needs one of the roles " + String.join(", ", roles));
        }
        return c;
    }
}
