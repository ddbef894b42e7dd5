package chokepoint.testing;

import chokepoint.local.Keys;
import chokepoint.local.Postgres;
import chokepoint.local.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Starts one PostgreSQL per test JVM (or uses CHOKEPOINT_DB_URL), gives each test application
 * a fresh database with a unique name (so runs against a shared external server never
 * collide), and a signing key pair whose public half the application verifies tokens with.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private static Postgres server;
    private static Path keys;

    static synchronized Postgres server() throws Exception {
        if (server == null) {
            Postgres pg = Postgres.start(null, 0);
            pg.awaitReady(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // JVM is exiting
                }
            }));
            server = pg;
        }
        return server;
    }

    static synchronized Path keys() throws Exception {
        if (keys == null) {
            Path dir = Files.createTempDirectory("chokepoint-test-keys-");
            Keys.ensure(dir);
            keys = dir;
        }
        return keys;
    }

    /** The tenant the tests' providers belong to. */
    public static final String TENANT = "acme";

    /** A token for the role; a provider is bound to {@link #TENANT}, the other roles to no tenant. */
    public static String token(String role) {
        return token(role, "provider".equals(role) ? TENANT : null);
    }

    /** A bearer token for tests, signed with the key the application under test trusts. */
    public static String token(String role, String tenant) {
        try {
            return Tokens.mint(Keys.readPrivate(keys().resolve(Keys.PRIVATE)), role, tenant, role + "-test",
                    Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            Postgres pg = server();
            String db = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            pg.ensureDatabase(db);
            return Map.of(
                    "quarkus.datasource.jdbc.url", pg.jdbcUrl(db),
                    "quarkus.datasource.username", pg.user(),
                    "quarkus.datasource.password", pg.password(),
                    "mp.jwt.verify.publickey.location", keys().resolve(Keys.PUBLIC).toUri().toString(),
                    "chokepoint.test.database", db);
        } catch (Exception e) {
            throw new IllegalStateException("could not provide PostgreSQL for the test: " + e, e);
        }
    }

    @Override
    public void stop() {
        // The server lives for the JVM; each application got its own database.
    }
}
