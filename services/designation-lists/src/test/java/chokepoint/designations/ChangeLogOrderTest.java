package chokepoint.designations;

import chokepoint.designations.adapter.persistence.ChangeEventEntity;
import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.testing.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log is read by sequence by followers that never look back (WatchChanges, other replicas' name
 * index), so what a reader can see must always be a prefix of it: a change appended while an earlier append's
 * transaction is still open commits only after that transaction ends. Two transactions of this process stand for
 * two writers (two replicas, or an import and an agency's write).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ChangeLogOrderTest {

    @Inject
    DesignationStore store;

    @Inject
    AgroalDataSource db;

    @Test
    void aLaterAppendWaitsForTheEarlierOnesTransactionSoReadersNeverSeeAGap() throws Exception {
        long before = QuarkusTransaction.requiringNew().call(store::lastChangeSequence);
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = writers.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                store.recordChange("OWNERSHIP", null, null, null, LocalDate.of(2026, 1, 1));
                firstAppended.countDown();
                await(releaseFirst);
            }));
            assertThat(firstAppended.await(30, TimeUnit.SECONDS)).as("the first writer appended").isTrue();
            Future<?> second = writers.submit(() -> QuarkusTransaction.requiringNew().run(() ->
                    store.recordChange("OFFICER", null, null, null, LocalDate.of(2026, 1, 2))));

            // until the second writer either waits for the log's lock or is through
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!second.isDone() && waitingAdvisoryLocks() == 0 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            List<ChangeEventEntity> seen = QuarkusTransaction.requiringNew().call(() -> store.changesAfter(before, 10));
            assertThat(seen).as("changes after %d a reader sees while the first append is uncommitted", before).isEmpty();
            assertThat(second.isDone()).as("the second writer committed before the first").isFalse();

            releaseFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            seen = QuarkusTransaction.requiringNew().call(() -> store.changesAfter(before, 10));
            assertThat(seen).extracting(e -> e.kind).containsExactly("OWNERSHIP", "OFFICER");
        } finally {
            releaseFirst.countDown();
            writers.shutdown();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private int waitingAdvisoryLocks() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
