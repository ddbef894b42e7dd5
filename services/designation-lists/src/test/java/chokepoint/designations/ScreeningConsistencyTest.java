package chokepoint.designations;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.designations.application.DesignationCommands;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A screening never pairs list versions read from PostgreSQL with names the in-memory index does
 * not hold yet: while a change of this replica is between its commit and the index, a screening
 * waits (bounded) and then fails closed with UNAVAILABLE; once the change is applied it is answered.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ScreeningConsistencyTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @Inject
    Event<DesignationCommands.ListsChanged> listsChanged;

    void screen() {
        ClientAuth.withToken(raw, PostgresResource.token("provider", "acme")).resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setName("Consistency Probe Trading")).build());
    }

    @Test
    void aScreeningDuringAnUnappliedChangeFailsClosedAndAfterItIsAnswered() throws Exception {
        screen(); // answered while nothing is in flight
        QuarkusTransaction.requiringNew().run(() -> {
            // what an import does at the end of its transaction, before the commit
            listsChanged.fire(new DesignationCommands.ListsChanged(Map.of()));
            long t0 = System.nanoTime();
            CompletableFuture<Void> during = CompletableFuture.runAsync(this::screen);
            StatusRuntimeException e = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class, () -> {
                try {
                    during.get(30, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException x) {
                    throw x.getCause();
                }
            });
            assertThat(e).as("no answer while the change is in flight").isNotNull();
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "LISTS_BEING_UPDATED");
            assertThat((System.nanoTime() - t0) / 1_000_000).as("it waited for the change first (chokepoint.screening.index-wait)")
                    .isGreaterThanOrEqualTo(1_500);
        });
        screen(); // committed and applied: answered again
    }
}
