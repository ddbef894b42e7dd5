package chokepoint.platform;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.jboss.logging.Logger;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the body of a unary gRPC call: its result, or the canonical error for what it threw. A
 * service passes how it translates its own refusals (domain exceptions); each throwable of the
 * cause chain is tried in turn (a refusal may arrive wrapped by a transaction or a proxy), a
 * {@link StatusRuntimeException} is sent as it is, and anything else is logged and answered
 * INTERNAL without its message.
 */
public final class GrpcCalls {

    private static final Logger LOG = Logger.getLogger(GrpcCalls.class);

    private GrpcCalls() {
    }

    /**
     * @param translate the service's refusal for one throwable, or null when it is not one of its
     *                  refusals
     */
    public static <T> void respond(StreamObserver<T> out, Supplier<T> body,
                                   Function<Throwable, StatusRuntimeException> translate) {
        if (callerGone(out)) {
            return;
        }
        T result;
        try {
            result = body.get();
        } catch (RuntimeException e) {
            if (!callerGone(out)) {
                out.onError(toStatus(e, translate));
            }
            return;
        }
        reply(out, result);
    }

    /** Sends a unary call's reply, unless its caller is known to have gone (see {@link #callerGone}). */
    public static <T> void reply(StreamObserver<T> out, T result) {
        if (callerGone(out)) {
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }

    /**
     * Whether the caller is known to have cancelled the call (its deadline passed, or it went away): its work is then
     * skipped, which spares a service that resumes from a stall the backlog of calls nobody waits for. This flag
     * can lag the transport's by a hop; {@link NoLateReplyInterceptor} is what keeps a late reply off the wire.
     */
    public static boolean callerGone(StreamObserver<?> out) {
        return out instanceof ServerCallStreamObserver<?> call && call.isCancelled();
    }

    /** The error a caller gets for {@code e}: see {@link #respond}. */
    public static StatusRuntimeException toStatus(Throwable e, Function<Throwable, StatusRuntimeException> translate) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof StatusRuntimeException s) {
                return s;
            }
            StatusRuntimeException refusal = translate.apply(c);
            if (refusal != null) {
                return refusal;
            }
        }
        LOG.error("unexpected failure", e);
        return GrpcErrors.internal();
    }
}
