package chokepoint.designations.application;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeGateTest {

    @Test
    void workDoneWhileAChangeBeganOrEndedIsNotKept() throws Exception {
        ChangeGate gate = new ChangeGate();
        long stamp = gate.awaitQuiet(10);
        assertThat(stamp).isGreaterThanOrEqualTo(0);
        assertThat(gate.unchangedSince(stamp)).isTrue();
        Object change = new Object();
        gate.begin(change);
        assertThat(gate.unchangedSince(stamp)).as("a change began during the work").isFalse();
        gate.end(change);
        assertThat(gate.unchangedSince(stamp)).as("a change committed during the work").isFalse();
        assertThat(gate.unchangedSince(gate.awaitQuiet(10))).isTrue();
    }

    @Test
    void aScreeningWaitsForAChangeInFlightAndGivesUpAfterItsLimit() throws Exception {
        ChangeGate gate = new ChangeGate();
        Object change = new Object();
        gate.begin(change);
        assertThat(gate.awaitQuiet(50)).as("still in flight after the limit").isEqualTo(-1);
        CompletableFuture<Long> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.awaitQuiet(10_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        gate.end(change);
        long stamp = waiting.get(5, TimeUnit.SECONDS);
        assertThat(stamp).isGreaterThanOrEqualTo(0);
        assertThat(gate.unchangedSince(stamp)).isTrue();
    }

    @Test
    void endingTheSameChangeTwiceCountsOnce() throws Exception {
        ChangeGate gate = new ChangeGate();
        Object a = new Object();
        Object b = new Object();
        gate.begin(a);
        gate.begin(b);
        gate.end(a);
        gate.end(a); // an observer called twice (no transaction: both phases run at once)
        assertThat(gate.awaitQuiet(20)).as("b is still in flight").isEqualTo(-1);
        gate.end(b);
        assertThat(gate.awaitQuiet(20)).isGreaterThanOrEqualTo(0);
    }
}
