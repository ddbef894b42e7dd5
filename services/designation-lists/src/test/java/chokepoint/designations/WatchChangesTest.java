package chokepoint.designations;

import chokepoint.api.designations.v1.ChangeKind;
import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.WatchChangesRequest;
import chokepoint.api.designations.v1.WatchChangesResponse;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.testing.PostgresResource;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * WatchChanges streams every committed change in order, from a sequence number on: what is in the log
 * first, then each new write as it commits, until the watcher cancels. Not without a token.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WatchChangesTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @GrpcClient("self")
    io.grpc.Channel channel;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    String create(String name) {
        return ClientAuth.withToken(raw, PostgresResource.token("admin", null)).createDesignation(CreateDesignationRequest.newBuilder()
                .setRequestId(UUID.randomUUID().toString()).setDesignation(Designation.newBuilder().setList("custom:watch")
                        .setEffectiveFrom("2026-01-01").setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)))
                .build()).getDesignation().getId();
    }

    WatchChangesResponse next(BlockingQueue<Object> events, String designationId) throws Exception {
        while (true) {
            Object o = events.poll(30, TimeUnit.SECONDS);
            assertThat(o).as("an event for " + designationId + " within 30 s").isNotNull().isInstanceOf(WatchChangesResponse.class);
            WatchChangesResponse e = (WatchChangesResponse) o;
            if (e.getDesignationId().equals(designationId)) {
                return e;
            }
        }
    }

    /**
     * A watcher's side: each change, error or end goes to {@link #events}. With {@code stopsReading} it takes one change
     * and then only what is requested through {@link #call}.
     */
    static final class Watcher implements ClientResponseObserver<WatchChangesRequest, WatchChangesResponse> {
        final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        final boolean stopsReading;
        volatile ClientCallStreamObserver<WatchChangesRequest> call;

        Watcher(boolean stopsReading) {
            this.stopsReading = stopsReading;
        }

        @Override
        public void beforeStart(ClientCallStreamObserver<WatchChangesRequest> s) {
            call = s;
            if (stopsReading) {
                s.disableAutoRequestWithInitial(1);
            }
        }

        @Override
        public void onNext(WatchChangesResponse r) {
            events.add(r);
        }

        @Override
        public void onError(Throwable t) {
            events.add(t);
        }

        @Override
        public void onCompleted() {
            events.add("completed");
        }
    }

    /** An analyst's watch from {@code from} on; cancel the context to stop. */
    static Context.CancellableContext watch(io.grpc.Channel channel, long from, Watcher watcher) {
        Context.CancellableContext watch = Context.current().withCancellation();
        watch.run(() -> ClientAuth.withToken(DesignationServiceGrpc.newStub(channel), PostgresResource.token("analyst", null))
                .watchChanges(WatchChangesRequest.newBuilder().setFromSequence(from).build(), watcher));
        return watch;
    }

    @Test
    void aWatcherGetsTheLogFromItsSequenceThenEachNewChangeInOrder() throws Exception {
        String before = create("Watch Probe Earlier Trading");
        Watcher watcher = new Watcher(false);
        BlockingQueue<Object> events = watcher.events;
        Context.CancellableContext watch = watch(channel, 0, watcher);
        try {
            WatchChangesResponse earlier = next(events, before);
            assertThat(earlier.getKind()).isEqualTo(ChangeKind.CHANGE_KIND_CREATED);
            assertThat(earlier.getList()).isEqualTo("custom:watch");
            String after = create("Watch Probe Later Trading"); // written while the stream is open
            WatchChangesResponse later = next(events, after);
            assertThat(later.getKind()).isEqualTo(ChangeKind.CHANGE_KIND_CREATED);
            assertThat(later.getSequence()).isGreaterThan(earlier.getSequence());
            assertThat(later.hasCommittedAt()).isTrue();
        } finally {
            watch.cancel(null);
        }
    }

    /**
     * A watcher far behind that stops reading: the log after it (15,000 changes, ~1.5 MB of messages) is more than
     * gRPC's flow-control windows hold, so the service stops sending while the call is not ready and goes on at the
     * transport's onReady once the watcher reads again; every change arrives, in order, none twice.
     */
    @Test
    void aWatcherFarBehindGetsALogLargerThanTheFlowControlWindowInOrder() throws Exception {
        long from;
        try (java.sql.Connection c = db.getConnection(); java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("select coalesce(max(sequence), 0) from change_event")) {
                rs.next();
                from = rs.getLong(1);
            }
            // as another replica's writes leave them
            st.executeUpdate("insert into change_event (kind, list_id, list_version_id, effective_on) "
                    + "select 'LIST_VERSION', 'custom:bulk-watch', 'lv_bulk_watch_' || g, date '2026-01-01' from generate_series(1, 15000) g");
        }
        Watcher watcher = new Watcher(true); // a watcher that stops reading
        BlockingQueue<Object> events = watcher.events;
        Context.CancellableContext watch = watch(channel, from, watcher);
        Thread.sleep(2_000); // the server fills the windows and waits
        watcher.call.request(Integer.MAX_VALUE);
        try {
            long last = from;
            int bulk = 0;
            while (bulk < 15000) {
                Object o = events.poll(30, TimeUnit.SECONDS);
                assertThat(o).as("change %d of 15,000 within 30 s", bulk + 1).isInstanceOf(WatchChangesResponse.class);
                WatchChangesResponse r = (WatchChangesResponse) o;
                assertThat(r.getSequence()).isGreaterThan(last);
                last = r.getSequence();
                if (r.getList().equals("custom:bulk-watch")) {
                    assertThat(r.getListVersion()).isEqualTo("lv_bulk_watch_" + (bulk + 1));
                    bulk++;
                }
            }
        } finally {
            watch.cancel(null);
        }
    }

    @Test
    void everyKindTheServiceLogsHasItsNameInTheContract() {
        // the log's kinds (DesignationCommands, OwnershipService, ListImporter record them); OFFICER was missing and
        // ended every watcher's stream with INTERNAL once an officer link was in the log
        for (String kind : new String[] {"CREATED", "AMENDED", "REMOVED", "OWNERSHIP", "OFFICER", "LIST_VERSION"}) {
            assertThat(chokepoint.designations.adapter.grpc.DesignationGrpcService.changeKind(kind)).as(kind)
                    .isNotEqualTo(ChangeKind.CHANGE_KIND_UNSPECIFIED);
        }
    }

    @Test
    void watchingNeedsAToken() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> raw.withDeadlineAfter(10, TimeUnit.SECONDS).watchChanges(WatchChangesRequest.getDefaultInstance()).hasNext());
        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
