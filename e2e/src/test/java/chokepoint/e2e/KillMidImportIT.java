package chokepoint.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed with SIGKILL in the middle of its transaction leaves nothing behind: the
 * real suite (deploy/local/run) imports a small cut of the 2026 CSL, then starts importing the
 * whole 2026 CSL; as soon as PostgreSQL shows that import's transaction writing designation
 * revisions, the designation-lists process is killed -9. The previous versions stay the active
 * ones with their counts, in the database right away and through a freshly started suite,
 * which imports again normally.
 */
class KillMidImportIT {

    static final Path CSL_2026 = shared("lists/csl/consolidated-2026-07-31.csv");

    static Suite suite;

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    static Path shared(String relative) {
        String dir = System.getProperty("chokepoint.shared.dir");
        Path base = dir != null && !dir.isBlank() ? Path.of(dir) : Path.of(System.getProperty("chokepoint.root", "..")).resolve("../shared");
        return base.resolve("data").resolve(relative).toAbsolutePath().normalize();
    }

    /** Per list: the id of its newest active version, and how many designations are in force (open, not removed). */
    static Map<String, String> state(Connection c) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement q = c.prepareStatement("select v.list_id, v.id, v.added, v.removed, (select count(*) from designation d "
                + "join designation_revision r on r.designation_id = d.id and r.effective_to is null and not r.removed "
                + "where d.list_id = v.list_id), (select count(*) from list_version w where w.list_id = v.list_id) "
                + "from list_version v where v.active and v.loaded_at = (select max(w.loaded_at) from list_version w "
                + "where w.list_id = v.list_id and w.active)");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + " in-force=" + rs.getLong(5) + " versions=" + rs.getLong(6));
            }
        }
        return out;
    }

    /**
     * The backend inside a transaction inserting into the designation tables (the big import's),
     * described, or null when there is none.
     */
    static String importTransactionWriting(Connection c) throws Exception {
        try (PreparedStatement q = c.prepareStatement("select pid, state, now() - xact_start, left(query, 60) from pg_stat_activity "
                + "where datname = 'chokepoint_designations' and pid <> pg_backend_pid() and xact_start is not null "
                + "and state in ('active', 'idle in transaction') "
                + "and (query ilike 'insert into designation%' or query ilike 'copy designation%')");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? "backend " + rs.getInt(1) + " " + rs.getString(2) + " for " + rs.getString(3) + ": " + rs.getString(4) : null;
        }
    }

    @Test
    void anImportKilledMidTransactionLeavesThePreviousVersionsActiveAndWhole() throws Exception {
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN"));
        String admin = suite.token("admin", null);

        // 1. a small file, as of the day before: the first 3,000 rows of the 2026 CSL (Entity List,
        //    Denied Persons, ITAR debarred, NS-CMIC, CAPTA) and its first 500 SDN rows
        List<String> lines = Files.readAllLines(CSL_2026, StandardCharsets.UTF_8);
        List<String> cut = new java.util.ArrayList<>(lines.subList(0, 3001));
        lines.stream().skip(3001).filter(l -> l.contains(",Specially Designated Nationals (SDN) - Treasury Department,")).limit(500)
                .forEach(cut::add);
        byte[] small = (String.join("\n", cut) + "\n").getBytes(StandardCharsets.UTF_8);
        Suite.Answer first = suite.postBytes("/v1/imports?format=CSL_CSV&effectiveOn=2026-07-30", admin, "text/csv", small,
                Duration.ofMinutes(5));
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().get("added").asInt()).isGreaterThan(2500);

        Map<String, String> before;
        try (Connection db = DriverManager.getConnection(suite.jdbcUrl("chokepoint_designations"))) {
            before = state(db);
            assertThat(before).isNotEmpty();

            // 2. the whole list (25,921 rows), killed while its transaction writes
            byte[] whole = Files.readAllBytes(CSL_2026);
            CompletableFuture<Suite.Answer> big = CompletableFuture.supplyAsync(() -> {
                try {
                    return suite.postBytes("/v1/imports?format=CSL_CSV&effectiveOn=2026-07-31", admin, "text/csv", whole,
                            Duration.ofMinutes(10));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            String caught;
            while ((caught = importTransactionWriting(db)) == null) {
                assertThat(big).as("the import finished before it could be caught writing").isNotDone();
                assertThat(System.nanoTime()).as("the import's transaction never showed up").isLessThan(deadline);
                Thread.sleep(20);
            }
            System.out.println("KillMidImportIT: killing designation-lists while " + caught);
            long pid = suite.pid("designation-lists");
            suite.signal("designation-lists", "KILL");
            for (int i = 0; i < 100 && suite.alive(pid); i++) {
                Thread.sleep(100);
            }
            assertThat(suite.alive(pid)).isFalse();

            // the client is told the import did not happen
            Suite.Answer answer = big.get(2, TimeUnit.MINUTES);
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(503);
            assertThat(answer.body().get("reason").asText()).isEqualTo("DEPENDENCY_UNAVAILABLE");
            // it was killed before it committed: the importer logs its summary only after the commit
            assertThat(suite.log("designation-lists")).doesNotContain("import CSL_CSV as of 2026-07-31");

            // 3. the database right away: the same newest versions, the same designations in force
            for (int i = 0; i < 100 && importTransactionWriting(db) != null; i++) {
                Thread.sleep(100); // PostgreSQL ends the orphaned backend when it notices the closed socket
            }
            assertThat(state(db)).isEqualTo(before);
        }

        // 4. a fresh suite on the same data sees the same versions and answers with them
        suite = suite.restart();
        try (Connection db = DriverManager.getConnection(suite.jdbcUrl("chokepoint_designations"))) {
            assertThat(state(db)).isEqualTo(before);
        }
        String provider = suite.token("provider", "acme");
        Suite.Answer screening = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "Harmless Bakery GmbH"}, "service": {"type": "STORAGE"}}""");
        assertThat(screening.status()).as(screening.body().toString()).isEqualTo(200);
        JsonNode versions = screening.body().get("listVersions");
        before.forEach((list, v) -> {
            if (versions.has(list)) {
                assertThat(versions.get(list).asText()).isEqualTo(v.substring(0, v.indexOf(' ')));
            }
        });
        assertThat(versions.has("SDN")).as(screening.body().toString()).isTrue();

        // and it imports again: the small file once more changes nothing
        Suite.Answer again = suite.postBytes("/v1/imports?format=CSL_CSV&effectiveOn=2026-07-30", suite.token("admin", null),
                "text/csv", small, Duration.ofMinutes(5));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(200);
        assertThat(again.body().get("added").asInt()).isZero();
        assertThat(again.body().get("removed").asInt()).isZero();
    }
}
