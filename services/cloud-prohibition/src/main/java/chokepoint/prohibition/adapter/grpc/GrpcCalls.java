package chokepoint.prohibition.adapter.grpc;

import chokepoint.platform.GrpcErrors;
import chokepoint.prohibition.domain.InvalidRequestException;
import io.grpc.stub.StreamObserver;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Unary calls of this service: its refusals as canonical gRPC errors with ErrorInfo, dates parsed. */
final class GrpcCalls {

    private GrpcCalls() {
    }

    static <T> void respond(StreamObserver<T> out, Supplier<T> body) {
        chokepoint.platform.GrpcCalls.respond(out, body, c -> c instanceof InvalidRequestException ire
                ? GrpcErrors.invalid(ire.invalid().code().name(), ire.invalid().field(), ire.invalid().message()) : null);
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw GrpcErrors.invalid("INVALID_DATE", field, field + " must be a date as YYYY-MM-DD");
        }
    }
}
