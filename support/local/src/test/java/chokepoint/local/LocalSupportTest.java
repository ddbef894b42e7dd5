package chokepoint.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalSupportTest {

    @Test
    void mintedTokenVerifiesWithTheGeneratedPublicKeyAndCarriesRoleAndTenant(@TempDir Path dir) throws Exception {
        Keys.ensure(dir);
        String token = Tokens.mint(Keys.readPrivate(dir.resolve(Keys.PRIVATE)), "provider", "acme", null, Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        String pem = Files.readString(dir.resolve(Keys.PUBLIC)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initVerify(pub);
        sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(sig.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"groups\":[\"provider\"]").contains("\"tenant\":\"acme\"");
    }

    @Test
    void keysAreCreatedOnceAndKeptAcrossStarts(@TempDir Path dir) throws Exception {
        Keys.ensure(dir);
        String first = Files.readString(dir.resolve(Keys.PUBLIC));
        Keys.ensure(dir);
        assertThat(Files.readString(dir.resolve(Keys.PUBLIC))).isEqualTo(first);
    }

    @Test
    void providerTokenWithoutTenantIsRefused(@TempDir Path dir) throws Exception {
        Keys.ensure(dir);
        assertThatThrownBy(() -> Tokens.mint(Keys.readPrivate(dir.resolve(Keys.PRIVATE)), "provider", null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
        assertThatThrownBy(() -> Tokens.mint(Keys.readPrivate(dir.resolve(Keys.PRIVATE)), "king", null, null, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role");
    }

    @Test
    void startsPostgresAndCreatesADatabaseThatAcceptsQueries(@TempDir Path dir) throws Exception {
        try (Postgres pg = Postgres.start(dir, 0)) {
            pg.awaitReady(Duration.ofSeconds(60));
            pg.ensureDatabase("support_check");
            pg.ensureDatabase("support_check"); // idempotent
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("support_check"), pg.user(), pg.password());
                 ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("support_check");
                assertThat(rs.getString(2)).startsWith("PostgreSQL");
            }
            // a suite that keeps its data in its own directory commits durably (zonky's test defaults turn both off)
            if (System.getenv("CHOKEPOINT_DB_URL") == null) {
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl("support_check"), pg.user(), pg.password());
                     ResultSet rs = c.createStatement().executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("on");
                    assertThat(rs.getString(2)).isEqualTo("on");
                }
            }
        }
    }
}
