package chokepoint.platform;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's custom claims of a verified token, read once per token.
 *
 * <p>SmallRye's {@code getClaim} of a claim the MicroProfile {@code Claims} enum does not name ("tenant") looks it
 * up with {@code Claims.valueOf}, which builds and throws an exception, stack trace included, on every call: 3 % of
 * the gateway's CPU per screening and 12-17 % of the gRPC services' event loops (docs/benchmarks.md, session 8).
 * A token's claims cannot change, so the value is kept by raw token. Callers pass only tokens already verified for
 * their request (expiry included). Bounded: at most {@value #MAX_ENTRIES} tokens, emptied when full.
 */
public final class TokenClaims {

    static final int MAX_ENTRIES = 10_000;

    /** Raw token to its tenant, empty when the token names none. */
    private static final ConcurrentHashMap<String, Optional<String>> TENANTS = new ConcurrentHashMap<>();

    private TokenClaims() {
    }

    /** The token's "tenant" claim without JSON quotes, or null when it has none. */
    public static String tenant(JsonWebToken jwt) {
        String raw = jwt.getRawToken();
        Optional<String> known = raw == null ? null : TENANTS.get(raw);
        if (known == null) {
            Object t = jwt.getClaim("tenant");
            known = Optional.ofNullable(t).map(v -> v.toString().replace("\"", ""));
            if (raw != null) {
                if (TENANTS.size() >= MAX_ENTRIES) {
                    TENANTS.clear();
                }
                TENANTS.put(raw, known);
            }
        }
        return known.orElse(null);
    }
}
