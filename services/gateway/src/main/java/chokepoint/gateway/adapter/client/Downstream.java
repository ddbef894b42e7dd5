package chokepoint.gateway.adapter.client;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.api.prohibition.v1.ProgramServiceGrpc;
import chokepoint.api.prohibition.v1.ProhibitionServiceGrpc;
import chokepoint.gateway.config.DownstreamConfig;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The gateway's stubs for the services behind it. Every call carries the caller's bearer
 * token (so the owning service checks authority itself) and a deadline; failures are sorted
 * into "the service refused this request" (its reason goes back to the client) and "the
 * service could not answer" (the screening fails closed).
 */
@ApplicationScoped
public class Downstream {

    @GrpcClient("designations")
    DesignationServiceGrpc.DesignationServiceBlockingStub designations;

    @GrpcClient("prohibition")
    ProhibitionServiceGrpc.ProhibitionServiceBlockingStub prohibition;

    @GrpcClient("prohibition")
    ProgramServiceGrpc.ProgramServiceBlockingStub programs;

    @GrpcClient("paip")
    PaipServiceGrpc.PaipServiceBlockingStub paip;

    @Inject
    DownstreamConfig config;

    public <T> T designations(String token, Function<DesignationServiceGrpc.DesignationServiceBlockingStub, T> call) {
        return call("designation-lists", () -> call.apply(prepare(designations, token)));
    }

    public <T> T prohibition(String token, Function<ProhibitionServiceGrpc.ProhibitionServiceBlockingStub, T> call) {
        return call("cloud-prohibition", () -> call.apply(prepare(prohibition, token)));
    }

    public <T> T programs(String token, Function<ProgramServiceGrpc.ProgramServiceBlockingStub, T> call) {
        return call("cloud-prohibition", () -> call.apply(prepare(programs, token)));
    }

    public <T> T paip(String token, Function<PaipServiceGrpc.PaipServiceBlockingStub, T> call) {
        return call("paip-menu", () -> call.apply(prepare(paip, token)));
    }

    private <S extends io.grpc.stub.AbstractStub<S>> S prepare(S stub, String token) {
        return ClientAuth.withToken(stub, token).withDeadlineAfter(config.deadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static <T> T call(String service, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            switch (code) {
                case INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, PERMISSION_DENIED, ALREADY_EXISTS, OUT_OF_RANGE,
                        UNAUTHENTICATED -> throw new DownstreamRejected(code, GrpcErrors.errorInfo(e));
                case DEADLINE_EXCEEDED -> throw new DownstreamUnavailable(service, "did not answer within the deadline");
                default -> throw new DownstreamUnavailable(service, "is unavailable (" + code + ")");
            }
        }
    }
}
