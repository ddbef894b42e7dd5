package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.WatchChangesRequest;
import chokepoint.api.designations.v1.WatchChangesResponse;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Watchers stay connected for days and must not hold the service's worker threads, which screenings and writes
 * need: with a worker pool of 6 and 16 watchers open, an agency's write still goes through at once and every
 * watcher gets it. (A watcher that held a worker, as a read-and-sleep loop did, left the write waiting forever.)
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestProfile(ManyWatchersTest.FewWorkers.class)
class ManyWatchersTest {

    public static class FewWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.thread-pool.max-threads", "6", "quarkus.thread-pool.core-threads", "1");
        }
    }

    static final int WATCHERS = 16;

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @GrpcClient("self")
    io.grpc.Channel channel;

    @Test
    void watchersBeyondTheWorkerPoolLeaveWritesThroughAndEachGetsTheWrite() throws Exception {
        List<BlockingQueue<Object>> events = new ArrayList<>();
        List<Context.CancellableContext> watches = new ArrayList<>();
        try {
            for (int i = 0; i < WATCHERS; i++) {
                WatchChangesTest.Watcher watcher = new WatchChangesTest.Watcher(false);
                events.add(watcher.events);
                watches.add(WatchChangesTest.watch(channel, 0, watcher));
            }
            Thread.sleep(1_000); // every watcher's stream is open and has read the log so far

            // caught up, the watchers cost no query each: one read of the log's head serves them all (ChangeLogHead).
            // Reading the log per watcher every 250 ms, as before, was 16 x 4 = 64 scans of the change log a second.
            long before = changeLogScans();
            Thread.sleep(4_000);
            long scans = changeLogScans() - before;
            assertThat(scans).as("scans of the change log in 4 s with %d idle watchers", WATCHERS).isLessThan(80);

            String id = ClientAuth.withToken(raw, PostgresResource.token("admin", null)).withDeadlineAfter(20, TimeUnit.SECONDS)
                    .createDesignation(CreateDesignationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                            .setDesignation(Designation.newBuilder().setList("custom:watchers").setEffectiveFrom("2026-01-01")
                                    .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Many Watchers Probe Trading")))
                            .build()).getDesignation().getId();

            for (int i = 0; i < WATCHERS; i++) {
                assertThat(waitFor(events.get(i), id)).as("watcher %d got the write", i).isTrue();
            }
        } finally {
            watches.forEach(w -> w.cancel(null));
        }
    }

    @Test
    void aNegativeFromSequenceIsRefusedWithItsReason() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () ->
                ClientAuth.withToken(raw, PostgresResource.token("analyst", null)).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .watchChanges(WatchChangesRequest.newBuilder().setFromSequence(-5).build()).hasNext());
        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "INVALID_FROM_SEQUENCE");
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    /** Index and sequential scans of change_event so far, as PostgreSQL counts them (flushed within about a second). */
    long changeLogScans() throws java.sql.SQLException {
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables "
                     + "where relname = 'change_event'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean waitFor(BlockingQueue<Object> q, String designationId) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            Object o = q.poll(100, TimeUnit.MILLISECONDS);
            if (o instanceof WatchChangesResponse r && r.getDesignationId().equals(designationId)) {
                return true;
            }
            assertThat(o).as("a change, not an error or the end").satisfiesAnyOf(x -> assertThat(x).isNull(),
                    x -> assertThat(x).isInstanceOf(WatchChangesResponse.class));
        }
        return false;
    }
}
