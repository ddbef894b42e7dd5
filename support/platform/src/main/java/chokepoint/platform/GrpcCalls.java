package chokepoint.platform;

import io.grpc.StatusRuntimeException;
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
        T result;
        try {
            result = body.get();
        } catch (RuntimeException e) {
            out.onError(toStatus(e, translate));
            return;
        }
        out.onNext(result);
        out.onCompleted();
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
