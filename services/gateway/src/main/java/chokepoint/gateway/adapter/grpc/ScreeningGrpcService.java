package chokepoint.gateway.adapter.grpc;

import chokepoint.api.screening.v1.CreateScreeningRequest;
import chokepoint.api.screening.v1.CreateScreeningResponse;
import chokepoint.api.screening.v1.GetScreeningRequest;
import chokepoint.api.screening.v1.GetScreeningResponse;
import chokepoint.api.screening.v1.Screening;
import chokepoint.api.screening.v1.ScreeningServiceGrpc;
import chokepoint.gateway.adapter.EventLoop;
import chokepoint.gateway.adapter.client.DownstreamRejected;
import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import chokepoint.gateway.application.ScreeningUseCase;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import chokepoint.platform.AuthInterceptor;
import chokepoint.platform.Caller;
import chokepoint.platform.GrpcErrors;
import com.google.rpc.Code;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** gRPC form of the screening API, for high-volume providers. Same rules as REST. */
@GrpcService
@Blocking
public class ScreeningGrpcService extends ScreeningServiceGrpc.ScreeningServiceImplBase {

    private static final Logger LOG = Logger.getLogger(ScreeningGrpcService.class);

    @Inject
    ScreeningUseCase screenings;

    /**
     * As POST /v1/screenings: runs on the event loop and never blocks it; the downstream calls and the audit commit
     * are futures (ScreeningUseCase#screenAsync), and the answer is sent from this call's event loop once the
     * record is committed.
     */
    @Override
    @NonBlocking
    public void createScreening(CreateScreeningRequest req, StreamObserver<CreateScreeningResponse> out) {
        CompletableFuture<Screening> screening;
        try {
            ScreeningUseCase.Caller caller = caller();
            List<Violation> violations = ScreeningInputRules.newList();
            validate(req, violations);
            LocalDate asOf = ScreeningInputRules.date("as_of", req.getAsOf(), violations);
            if (!violations.isEmpty()) {
                Violation v = violations.get(0);
                throw GrpcErrors.invalid(v.reason(), v.field(), v.message());
            }
            screening = screenings.screenAsync(caller, req.getCustomer(), req.getService(), asOf);
        } catch (RuntimeException e) {
            out.onError(translate(e));
            return;
        }
        EventLoop.whenComplete(screening, (s, failure) -> {
            if (failure != null) {
                out.onError(translate(failure instanceof RuntimeException re ? re : new IllegalStateException(failure)));
            } else {
                out.onNext(CreateScreeningResponse.newBuilder().setScreening(s).build());
                out.onCompleted();
            }
        });
    }

    @Override
    public void getScreening(GetScreeningRequest req, StreamObserver<GetScreeningResponse> out) {
        try {
            ScreeningUseCase.Caller caller = caller();
            out.onNext(GetScreeningResponse.newBuilder().setScreening(screenings.find(caller, req.getId())
                    .orElseThrow(() -> GrpcErrors.notFound("SCREENING_NOT_FOUND", "no screening " + req.getId() + " for this tenant"))).build());
            out.onCompleted();
        } catch (RuntimeException e) {
            out.onError(translate(e));
        }
    }

    /** The same checks as the REST edge, on the proto form. */
    static void validate(CreateScreeningRequest req, List<Violation> out) {
        var c = req.getCustomer();
        if (c.getName().isBlank() && c.getIdentifiersCount() == 0) {
            out.add(new Violation("customer.name", "MISSING_NAME", "customer needs a name or an identifier"));
        }
        ScreeningInputRules.name("customer.name", c.getName(), false, out);
        for (int i = 0; i < c.getAliasesCount(); i++) {
            ScreeningInputRules.name("customer.aliases[" + i + "]", c.getAliases(i), true, out);
        }
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int i = 0; i < c.getOwnersCount(); i++) {
            var o = c.getOwners(i);
            if (!o.getPercentUnknown()) {
                var p = ScreeningInputRules.percent("customer.owners[" + i + "].percent", o.getPercent(), out);
                total = p == null ? total : total.add(p);
            }
        }
        if (total.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            out.add(new Violation("customer.owners", "OWNERSHIP_EXCEEDS_100", "the declared owners' stakes add up to more than 100%"));
        }
        switch (req.getService().getType()) {
            case SERVICE_TYPE_UNSPECIFIED, UNRECOGNIZED -> out.add(new Violation("service.type", "INVALID_ENUM",
                    "service.type must be set to a known service type"));
            default -> { }
        }
    }

    private ScreeningUseCase.Caller caller() {
        Caller c = AuthInterceptor.requireRole("provider", "analyst", "admin");
        if (c.roles().contains("provider") && (c.tenant() == null || c.tenant().isBlank())) {
            throw GrpcErrors.permissionDenied("TENANT_REQUIRED", "a provider token must name its tenant");
        }
        String tenant = c.tenant() != null && !c.tenant().isBlank() ? c.tenant()
                : "_" + c.roles().stream().sorted().findFirst().orElse("unknown");
        return new ScreeningUseCase.Caller(c.subject(), tenant, c.token(), c.hasAnyRole("analyst", "admin"));
    }

    static StatusRuntimeException translate(RuntimeException e) {
        if (e instanceof StatusRuntimeException sre) {
            return sre;
        }
        if (e instanceof DownstreamUnavailable du) {
            return GrpcErrors.error(Code.UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                    "the screening could not be completed: " + du.getMessage() + "; no verdict was given (fail closed)",
                    Map.of("dependency", du.service()));
        }
        if (e instanceof DownstreamRejected dr) {
            return GrpcErrors.error(Code.forNumber(dr.code().value()), dr.info().getOrDefault("reason", "REJECTED"), dr.getMessage(),
                    dr.info().containsKey("field") ? Map.of("field", dr.info().get("field")) : Map.of());
        }
        LOG.error("unexpected failure", e);
        return GrpcErrors.internal();
    }
}
