package chokepoint.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for the local run and for tests, found in this order (build-notes.md):
 * <ol>
 *   <li>an external server named by {@code CHOKEPOINT_DB_URL}
 *       ({@code jdbc:postgresql://host:port/anydb?user=u&password=p});</li>
 *   <li>embedded PostgreSQL 15 from Maven Central (zonky), which wraps itself in
 *       {@code unshare -U} when run as root;</li>
 *   <li>the system binaries ({@code initdb}, {@code pg_ctl}), through {@code runuser -u postgres}
 *       when run as root; not tried when {@code CHOKEPOINT_DB_SYSTEM_FALLBACK=false} (CI).</li>
 * </ol>
 * A server this class started is stopped by {@link #close()}.
 */
public final class Postgres implements AutoCloseable {

    /** Database names are created from code: only simple identifiers. */
    private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String query;
    private final String origin;
    private final AutoCloseable stopper;

    private Postgres(String host, int port, String user, String password, String query, String origin,
                     AutoCloseable stopper) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.query = query;
        this.origin = origin;
        this.stopper = stopper;
    }

    /**
     * Starts (or connects to) a server.
     *
     * @param dataDir where an embedded or system server keeps its data; {@code null} for a
     *                throw-away directory
     * @param port    port for a server started here; 0 picks a free one
     */
    public static Postgres start(Path dataDir, int port) throws IOException {
        String external = System.getenv("CHOKEPOINT_DB_URL");
        if (external == null || external.isBlank()) {
            external = System.getProperty("chokepoint.db.url");
        }
        if (external != null && !external.isBlank()) {
            return external(external.trim());
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory("chokepoint-pg-");
        int p = port > 0 ? port : FreePorts.one();
        List<String> failures = new ArrayList<>();
        try {
            return embedded(dir, p, dataDir != null);
        } catch (IOException | RuntimeException e) {
            failures.add("embedded PostgreSQL: " + e);
        }
        if ("false".equalsIgnoreCase(System.getenv("CHOKEPOINT_DB_SYSTEM_FALLBACK"))) {
            // CI sets this: the build must not depend on a PostgreSQL installed by hand on its machine
            failures.add("system PostgreSQL: not tried (CHOKEPOINT_DB_SYSTEM_FALLBACK=false)");
        } else {
            try {
                return system(dir.resolve("system"), p);
            } catch (IOException | RuntimeException e) {
                failures.add("system PostgreSQL: " + e);
            }
        }
        throw new IOException("could not start PostgreSQL; set CHOKEPOINT_DB_URL to use a running server. Tried: "
                + String.join("; ", failures));
    }

    static Postgres external(String url) {
        // jdbc:postgresql://host:port/db?params
        String rest = url.replaceFirst("^jdbc:postgresql://", "");
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String query = rest.contains("?") ? rest.substring(rest.indexOf('?') + 1) : "";
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1)) : 5432;
        String user = param(query, "user", "postgres");
        String password = param(query, "password", "");
        return new Postgres(host, port, user, password, query, "external server " + host + ":" + port, () -> { });
    }

    /**
     * The embedded server. zonky starts it for throw-away test databases, without fsync and with
     * asynchronous commits; a suite that keeps its data (a data directory the caller owns, as
     * deploy/local/run's CHOKEPOINT_HOME) gets both back, so a committed import or audit record
     * survives a crash of the machine as it would on a real server.
     */
    private static Postgres embedded(Path dir, int port, boolean durable) throws IOException {
        Files.createDirectories(dir);
        Path data = dir.resolve("embedded");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres pg = builder.start();
        return new Postgres("localhost", pg.getPort(), "postgres", "", "", "embedded PostgreSQL (" + data + ")", pg);
    }

    private static Postgres system(Path data, int port) throws IOException {
        Path bin = findSystemBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.createDirectories(data.getParent());
        List<String> prefix = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        if (root) {
            run(List.of("chown", "-R", "postgres", data.getParent().toString()));
        }
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            List<String> init = new ArrayList<>(prefix);
            init.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--locale=C"));
            run(init);
        }
        List<String> start = new ArrayList<>(prefix);
        start.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", data.getParent().resolve("postgres.log").toString(),
                "-o", "-p " + port + " -k /tmp -c listen_addresses=localhost", "start"));
        run(start);
        List<String> stop = new ArrayList<>(prefix);
        stop.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop"));
        return new Postgres("localhost", port, "postgres", "", "", "system PostgreSQL (" + bin + ")", () -> run(stop));
    }

    private static Path findSystemBin() throws IOException {
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (var versions = Files.list(lib)) {
                Path best = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Path::compareTo).orElse(null);
                if (best != null) {
                    return best;
                }
            }
        }
        throw new IOException("no initdb under /usr/lib/postgresql");
    }

    private static void run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", cmd) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String param(String query, String name, String dflt) {
        for (String kv : query.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return kv.substring(eq + 1);
            }
        }
        return dflt;
    }

    /** JDBC URL of a database on this server (without credentials). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public String origin() {
        return origin;
    }

    /** Creates the database if it does not exist yet. */
    public void ensureDatabase(String name) throws SQLException {
        if (!DB_NAME.matcher(Objects.requireNonNull(name)).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            st.execute("create database " + name);
        }
    }

    /** Waits until the server accepts connections. */
    public void awaitReady(Duration timeout) throws SQLException {
        Instant end = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(end)) {
            try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password)) {
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last != null ? last : new SQLException("PostgreSQL not ready");
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }

    @Override
    public String toString() {
        return origin + " on port " + port;
    }

    /** Lower-case, identifier-safe version of a name, e.g. for per-test-run database names. */
    public static String sanitize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
