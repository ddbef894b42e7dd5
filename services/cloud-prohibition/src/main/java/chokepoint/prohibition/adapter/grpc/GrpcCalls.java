package chokepoint.prohibition.adapter.grpc;

import chokepoint.platform.GrpcErrors;
import chokepoint.prohibition.domain.InvalidRequestException;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Runs a unary call and turns domain refusals into canonical gRPC errors with ErrorInfo. */
final class GrpcCalls {

    private static final Logger LOG = Logger.getLogger(GrpcCalls.class);

    private GrpcCalls() {
    }

    static <T> void respond(StreamObserver<T> out, Supplier<T> body) {
        T result;
        try {
            result = body.get();
        } catch (StatusRuntimeException e) {
            out.onError(e);
            return;
        } catch (InvalidRequestException e) {
            out.onError(GrpcErrors.invalid(e.invalid().code().name(), e.invalid().field(), e.invalid().message()));
            return;
        } catch (RuntimeException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof InvalidRequestException ire) {
                    out.onError(GrpcErrors.invalid(ire.invalid().code().name(), ire.invalid().field(), ire.invalid().message()));
                    return;
                }
            }
            LOG.error("unexpected failure", e);
            out.onError(GrpcErrors.internal());
            return;
        }
        out.onNext(result);
        out.onCompleted();
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw GrpcErrors.invalid("INVALID_DATE", field, field + " must be a date as YYYY-MM-DD");
        }
    }
}
