package chokepoint.prohibition.adapter.grpc;

import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.api.prohibition.v1.ProhibitionServiceGrpc;
import chokepoint.platform.AuthInterceptor;
import chokepoint.prohibition.application.Programs;
import chokepoint.prohibition.config.RulesConfig;
import chokepoint.prohibition.domain.EvaluationInput;
import chokepoint.prohibition.domain.Program;
import chokepoint.prohibition.domain.ScreeningConfig;
import chokepoint.prohibition.domain.ScreeningPolicy;
import io.grpc.Context;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import jakarta.annotation.PostConstruct;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Evaluate: every program and rule in force on the date, most restrictive first. Runs on the gRPC
 * event loop (no hand-off to a worker thread and back per screening): the rules are pure functions
 * over the programs {@link Programs} holds in memory; only when those have never been read (the
 * start-up read failed) is the read done off the event loop first.
 */
@GrpcService
public class ProhibitionGrpcService extends ProhibitionServiceGrpc.ProhibitionServiceImplBase {

    @Inject
    Programs programs;

    @Inject
    Vertx vertx;

    @Inject
    RulesConfig config;

    Clock clock = Clock.systemUTC();
    private ScreeningPolicy policy;

    @PostConstruct
    void init() {
        policy = new ScreeningPolicy(ScreeningConfig.defaults()
                .withRequiredLists(new LinkedHashSet<>(config.requiredLists()))
                .withFrontCompanyWindowDays(config.frontCompanyWindowDays()));
    }

    /** Runs the rules once at start, so the first screening does not pay for class loading. */
    void warmUp(@Observes StartupEvent e) {
        EvaluationInput sample = ProtoMapper.toInput(EvaluateRequest.newBuilder()
                .setService(chokepoint.api.prohibition.v1.Service.newBuilder()
                        .setType(chokepoint.api.prohibition.v1.ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE))
                .setFacts(chokepoint.api.designations.v1.PartyFacts.getDefaultInstance())
                .build(), LocalDate.now(clock));
        ProtoMapper.toResponse(policy.evaluate(sample, programs.all()));
    }

    @Override
    public void evaluate(EvaluateRequest req, StreamObserver<EvaluateResponse> out) {
        List<Program> cached = programs.cached();
        if (cached != null) {
            evaluate(req, out, () -> cached);
            return;
        }
        Context call = Context.current(); // the caller's roles travel in the gRPC context
        vertx.executeBlocking(() -> {
            call.run(() -> evaluate(req, out, programs::all));
            return null;
        }, false);
    }

    private void evaluate(EvaluateRequest req, StreamObserver<EvaluateResponse> out, Supplier<List<Program>> inForce) {
        GrpcCalls.respond(out, () -> {
            AuthInterceptor.requireRole("provider", "analyst", "admin", "service");
            EvaluationInput input = ProtoMapper.toInput(req, LocalDate.now(clock));
            return ProtoMapper.toResponse(policy.evaluate(input, inForce.get()));
        });
    }
}
