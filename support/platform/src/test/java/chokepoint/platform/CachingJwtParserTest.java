package chokepoint.platform;

import chokepoint.local.Keys;
import chokepoint.local.Tokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real RS256 tokens from the suite's key tooling, verified by smallrye-jwt behind the cache. */
class CachingJwtParserTest {

    @TempDir
    static Path dir;
    static PrivateKey privateKey;
    static PublicKey publicKey;

    @BeforeAll
    static void keys() throws Exception {
        Keys.ensure(dir);
        privateKey = Keys.readPrivate(dir.resolve(Keys.PRIVATE));
        String pem = Files.readString(dir.resolve(Keys.PUBLIC)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        publicKey = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    static CachingJwtParser parser(Clock clock) {
        CachingJwtParser p = new CachingJwtParser();
        p.delegate = new DefaultJWTParser(new JWTAuthContextInfo(publicKey, Tokens.ISSUER));
        p.clock = clock;
        return p;
    }

    @Test
    void aVerifiedTokenIsAnsweredFromTheCacheUntilItExpires() throws Exception {
        CachingJwtParser p = parser(Clock.systemUTC());
        String token = Tokens.mint(privateKey, "provider", "acme", "alice", Duration.ofMinutes(5));
        JsonWebToken first = p.parse(token);
        assertThat(first.getSubject()).isEqualTo("alice");
        assertThat(first.getGroups()).contains("provider");
        assertThat(p.parse(token)).isSameAs(first);

    }

    @Test
    void anEntryIsNotServedOnceItsTokenHasExpired() throws Exception {
        CachingJwtParser p = parser(Clock.systemUTC());
        String token = Tokens.mint(privateKey, "provider", "acme", "bob", Duration.ofMinutes(5));
        JsonWebToken first = p.parse(token);
        // by the cache's clock the token has expired; smallrye-jwt (on the real clock) still verifies it afresh
        p.clock = Clock.fixed(Instant.ofEpochSecond(first.getExpirationTime()), ZoneOffset.UTC);
        JsonWebToken again = p.parse(token);
        assertThat(again).isNotSameAs(first);
        assertThat(p.parse(token)).as("an expired token is not stored again").isNotSameAs(again);
    }

    @Test
    void aTokenThatFailsIsNeverCachedAndFailsEveryTime() throws Exception {
        CachingJwtParser p = parser(Clock.systemUTC());
        String token = Tokens.mint(privateKey, "provider", "acme", "mallory", Duration.ofMinutes(5));
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> p.parse(tampered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> p.parse(tampered)).isInstanceOf(ParseException.class);
        assertThat(p.parse(token).getSubject()).isEqualTo("mallory");
    }
}
