package chokepoint.gateway.adapter.client;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.designations.v1.ResolvePartyResponse;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.api.prohibition.v1.ProgramServiceGrpc;
import chokepoint.api.prohibition.v1.ProhibitionServiceGrpc;
import chokepoint.gateway.config.DownstreamConfig;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
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

    @GrpcClient("designations")
    io.grpc.Channel designationsChannel;

    @GrpcClient("prohibition")
    io.grpc.Channel prohibitionChannel;

    private DesignationServiceGrpc.DesignationServiceStub designationsAsync;
    private ProhibitionServiceGrpc.ProhibitionServiceStub prohibitionAsync;

    @jakarta.annotation.PostConstruct
    void asyncStubs() {
        designationsAsync = DesignationServiceGrpc.newStub(designationsChannel);
        prohibitionAsync = ProhibitionServiceGrpc.newStub(prohibitionChannel);
    }

    @Inject
    DownstreamConfig config;

    /**
     * ResolveParty without a thread waiting for it: the future completes on the gRPC transport's thread (the
     * reply is only mapped there, never blocked on) and fails with {@link DownstreamRejected} or
     * {@link DownstreamUnavailable}, sorted as for the blocking calls.
     */
    public CompletableFuture<ResolvePartyResponse> resolveParty(String token, ResolvePartyRequest request) {
        return unary("designation-lists", prepareAsync(designationsAsync, token)::resolveParty, request);
    }

    /** Evaluate without a thread waiting for it; as {@link #resolveParty}. */
    public CompletableFuture<EvaluateResponse> evaluate(String token, EvaluateRequest request) {
        return unary("cloud-prohibition", prepareAsync(prohibitionAsync, token)::evaluate, request);
    }

    private <S extends io.grpc.stub.AbstractStub<S>> S prepareAsync(S stub, String token) {
        // the reply's handler only completes a future: run it where the reply arrives instead of handing it to a
        // worker thread first (one thread hand-off less per call)
        return prepare(stub, token).withExecutor(Runnable::run);
    }

    private static <Q, R> CompletableFuture<R> unary(String service, BiConsumer<Q, StreamObserver<R>> method, Q request) {
        CompletableFuture<R> result = new CompletableFuture<>();
        try {
            method.accept(request, new StreamObserver<>() {
                private R reply;

                @Override
                public void onNext(R value) {
                    reply = value;
                }

                @Override
                public void onError(Throwable t) {
                    result.completeExceptionally(sorted(service, t));
                }

                @Override
                public void onCompleted() {
                    if (reply == null) {
                        result.completeExceptionally(new DownstreamUnavailable(service, "answered without a reply"));
                    } else {
                        result.complete(reply);
                    }
                }
            });
        } catch (RuntimeException e) {
            result.completeExceptionally(sorted(service, e));
        }
        return result;
    }

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
            throw sorted(service, e);
        }
    }

    /**
     * "The service refused this request" (its reason goes back to the client) or "the service could not answer".
     * ABORTED is an answer: a concurrent request with the same request id won (paip-menu's CONCURRENT_REQUEST), not an
     * outage to log and report as 503.
     */
    static RuntimeException sorted(String service, Throwable t) {
        Status status = Status.fromThrowable(t);
        Status.Code code = status.getCode();
        switch (code) {
            case INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, PERMISSION_DENIED, ALREADY_EXISTS, OUT_OF_RANGE,
                    UNAUTHENTICATED, ABORTED -> {
                return new DownstreamRejected(code, GrpcErrors.errorInfo(t));
            }
            default -> {
                OutageLog.SYSTEM.failed(service, code.name(), status.getDescription());
                return new DownstreamUnavailable(service, code == Status.Code.DEADLINE_EXCEEDED
                        ? "did not answer within the deadline" : "is unavailable (" + code + ")");
            }
        }
    }
}
