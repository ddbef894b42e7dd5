package chokepoint.platform;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Drops what a service would still send on a call its client has cancelled (its deadline passed, or it went
 * away): headers, messages and the closing status.
 *
 * <p>Why: with Quarkus 3.33's gRPC server on the Vert.x transport, a reply written to a stream the client has reset
 * makes the HTTP/2 layer end the whole connection (GOAWAY PROTOCOL_ERROR "Request stream N is not correct for server
 * connection"), so every other call in flight on it fails INTERNAL. A provider's client that lets one screening time
 * out would lose its other screenings with it (FoundationIT#aClientWhoseDeadlinePassesKeepsItsOtherScreeningsInFlight:
 * without this interceptor the patient screenings fail every time). The transport's own call knows at once that the
 * stream was reset
 * ({@link ServerCall#isCancelled()}, set on the event loop that read the reset); the flag the service's
 * {@code StreamObserver} sees is set later, through Quarkus's listener hops, so checking it is not enough. Where the
 * reply is written on the call's event loop (the gateway's screenings, the in-memory paths of designation-lists and
 * cloud-prohibition), the check and the write cannot be split by the reset; a reply from a worker thread is handed
 * to the event loop after the check, so a narrow window remains there.
 */
@GlobalInterceptor
@ApplicationScoped
public class NoLateReplyInterceptor implements ServerInterceptor {

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return next.startCall(new Guarded<>(call), headers);
    }

    /** The call, silent once cancelled. */
    static final class Guarded<Q, R> extends ForwardingServerCall.SimpleForwardingServerCall<Q, R> {

        Guarded(ServerCall<Q, R> delegate) {
            super(delegate);
        }

        @Override
        public void sendHeaders(Metadata headers) {
            if (!isCancelled()) {
                super.sendHeaders(headers);
            }
        }

        @Override
        public void sendMessage(R message) {
            if (!isCancelled()) {
                super.sendMessage(message);
            }
        }

        @Override
        public void close(Status status, Metadata trailers) {
            if (!isCancelled()) {
                super.close(status, trailers);
            }
        }
    }
}
