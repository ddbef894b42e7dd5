package chokepoint.platform;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's bearer-token parser: smallrye-jwt's, with the tokens it has verified kept until they expire.
 *
 * <p>A provider sends the same token with every screening, and the gateway forwards it on both downstream calls;
 * verifying its RSA signature and parsing its claims again each time was the largest single CPU cost of a
 * screening after the JIT (docs/benchmarks.md). The same bytes verify the same way against the same key, so a
 * successful verification is reused for that exact token string until its {@code exp}; failures are never cached,
 * and an expired entry is verified afresh (and refused). The key is read once at start, so nothing else can change
 * the answer. Bounded: at most {@value #MAX_ENTRIES} tokens, the cache is emptied when full.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    static final int MAX_ENTRIES = 10_000;

    private record Verified(JsonWebToken jwt, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    DefaultJWTParser delegate;

    Clock clock = Clock.systemUTC();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified known = verified.get(token);
        long now = clock.millis();
        if (known != null && known.expiresAtMillis() > now) {
            return known.jwt();
        }
        JsonWebToken jwt = delegate.parse(token);
        long exp = jwt.getExpirationTime() * 1000L;
        if (exp > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, exp));
        }
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
