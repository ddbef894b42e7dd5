package chokepoint.platform;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoLateReplyInterceptorTest {

    /** A transport call that records what reaches it. */
    static final class TransportCall extends ServerCall<String, String> {
        final List<String> sent = new ArrayList<>();
        boolean cancelled;

        @Override public void request(int numMessages) { }
        @Override public void sendHeaders(Metadata headers) { sent.add("headers"); }
        @Override public void sendMessage(String message) { sent.add("message " + message); }
        @Override public void close(Status status, Metadata trailers) { sent.add("close " + status.getCode()); }
        @Override public boolean isCancelled() { return cancelled; }
        @Override public Attributes getAttributes() { return Attributes.EMPTY; }
        @Override public MethodDescriptor<String, String> getMethodDescriptor() { return null; }
    }

    @Test
    void aCallStillWantedIsAnsweredAsTheServiceWrites() {
        TransportCall transport = new TransportCall();
        var guarded = new NoLateReplyInterceptor.Guarded<>(transport);
        guarded.sendHeaders(new Metadata());
        guarded.sendMessage("facts");
        guarded.close(Status.OK, new Metadata());
        assertThat(transport.sent).containsExactly("headers", "message facts", "close OK");
    }

    @Test
    void nothingReachesTheTransportOnceTheClientHasResetTheStream() {
        TransportCall transport = new TransportCall();
        var guarded = new NoLateReplyInterceptor.Guarded<>(transport);
        guarded.sendHeaders(new Metadata());
        transport.cancelled = true; // the reset is read between the headers and the message
        guarded.sendMessage("facts");
        guarded.close(Status.OK, new Metadata());
        guarded.close(Status.INTERNAL, new Metadata());
        assertThat(transport.sent).containsExactly("headers");
    }
}
