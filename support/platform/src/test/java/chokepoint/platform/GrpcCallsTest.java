package chokepoint.platform;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class GrpcCallsTest {

    /** What a unary call's observer was told, and whether its caller has gone. */
    static final class Observer extends ServerCallStreamObserver<String> {
        final List<String> events = new ArrayList<>();
        boolean cancelled;

        @Override public boolean isCancelled() { return cancelled; }
        @Override public void setOnCancelHandler(Runnable onCancelHandler) { }
        @Override public void setCompression(String compression) { }
        @Override public boolean isReady() { return true; }
        @Override public void setOnReadyHandler(Runnable onReadyHandler) { }
        @Override public void request(int count) { }
        @Override public void setMessageCompression(boolean enable) { }
        @Override public void disableAutoInboundFlowControl() { }
        @Override public void onNext(String value) { events.add("next " + value); }
        @Override public void onError(Throwable t) { events.add("error " + Status.fromThrowable(t).getCode()); }
        @Override public void onCompleted() { events.add("completed"); }
    }

    @Test
    void aCallStillWantedGetsItsReplyOrItsError() {
        Observer out = new Observer();
        GrpcCalls.respond(out, () -> "facts", t -> null);
        assertThat(out.events).containsExactly("next facts", "completed");

        Observer refused = new Observer();
        GrpcCalls.respond(refused, () -> { throw Status.INVALID_ARGUMENT.asRuntimeException(); }, t -> null);
        assertThat(refused.events).containsExactly("error INVALID_ARGUMENT");
    }

    @Test
    void aCallWhoseCallerHasGoneIsNeitherWorkedOnNorAnswered() {
        Observer out = new Observer();
        out.cancelled = true;
        AtomicInteger runs = new AtomicInteger();
        GrpcCalls.respond(out, () -> "facts " + runs.incrementAndGet(), t -> null);
        assertThat(runs).hasValue(0);
        assertThat(out.events).isEmpty();
    }

    @Test
    void aCallCancelledWhileItWasWorkedOnGetsNoLateReplyNorError() {
        Observer out = new Observer();
        GrpcCalls.respond(out, () -> {
            out.cancelled = true;
            return "facts";
        }, t -> null);
        assertThat(out.events).isEmpty();

        Observer failing = new Observer();
        GrpcCalls.respond(failing, () -> {
            failing.cancelled = true;
            throw new StatusRuntimeException(Status.UNAVAILABLE);
        }, t -> null);
        assertThat(failing.events).isEmpty();
    }
}
