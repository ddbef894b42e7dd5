package chokepoint.paip.adapter.grpc;

import chokepoint.api.paip.v1.CreateIdentificationRequest;
import chokepoint.api.paip.v1.CreateIdentificationResponse;
import chokepoint.api.paip.v1.GetMenuRequest;
import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.GetPackageRequest;
import chokepoint.api.paip.v1.GetPackageResponse;
import chokepoint.api.paip.v1.GetReportRequest;
import chokepoint.api.paip.v1.GetReportResponse;
import chokepoint.api.paip.v1.ImposePackageRequest;
import chokepoint.api.paip.v1.ImposePackageResponse;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.api.paip.v1.ProposePackageRequest;
import chokepoint.api.paip.v1.ProposePackageResponse;
import chokepoint.api.paip.v1.WaivePackageRequest;
import chokepoint.api.paip.v1.WaivePackageResponse;
import chokepoint.paip.application.PaipCommands;
import chokepoint.paip.application.PaipNotFound;
import chokepoint.paip.application.RequestRefused;
import chokepoint.paip.domain.Json;
import chokepoint.paip.domain.PaipRuleException;
import chokepoint.paip.domain.Violation;
import chokepoint.platform.AuthInterceptor;
import chokepoint.platform.GrpcErrors;
import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** gRPC edge of paip-menu: roles, mapping, and statutory refusals as FAILED_PRECONDITION / INVALID_ARGUMENT with ErrorInfo. */
@GrpcService
@Blocking
public class PaipGrpcService extends PaipServiceGrpc.PaipServiceImplBase {

    static final String[] READERS = {"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service"};
    /** PAIP sanctions are State's (the President's authority as delegated); admins may act for it. */
    static final String[] STATE = {"agency-state", "admin"};
    static final String[] AGENCIES = {"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"};

    @Inject
    PaipCommands commands;

    @Override
    public void getMenu(GetMenuRequest req, StreamObserver<GetMenuResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            return PaipProtoMapper.menuResponse();
        });
    }

    @Override
    public void createIdentification(CreateIdentificationRequest req, StreamObserver<CreateIdentificationResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(STATE);
            PaipCommands.Written<chokepoint.paip.domain.Identification> w = commands.identify(req.getRequestId(), req.getIdentification());
            return CreateIdentificationResponse.newBuilder().setIdentification(PaipProtoMapper.toProto(w.value()))
                    .setReplayed(w.replayed()).build();
        });
    }

    @Override
    public void proposePackage(ProposePackageRequest req, StreamObserver<ProposePackageResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(AGENCIES);
            return ProposePackageResponse.newBuilder()
                    .setPackage(PaipProtoMapper.toProto(commands.propose(req.getIdentificationId(), req.getCalibration()))).build();
        });
    }

    @Override
    public void imposePackage(ImposePackageRequest req, StreamObserver<ImposePackageResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(STATE);
            PaipCommands.Written<chokepoint.api.paip.v1.Package> w = commands.impose(req.getRequestId(), req.getPackage());
            return ImposePackageResponse.newBuilder().setPackage(w.value()).setReplayed(w.replayed()).build();
        });
    }

    @Override
    public void waivePackage(WaivePackageRequest req, StreamObserver<WaivePackageResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(STATE);
            PaipCommands.Written<chokepoint.api.paip.v1.Package> w = commands.waive(req.getRequestId(), req.getPackageId(),
                    PaipProtoMapper.waiverDate(req), req.getJustification());
            return WaivePackageResponse.newBuilder().setPackage(w.value()).build();
        });
    }

    @Override
    public void getPackage(GetPackageRequest req, StreamObserver<GetPackageResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(AGENCIES);
            return GetPackageResponse.newBuilder().setPackage(commands.view(req.getId())).build();
        });
    }

    @Override
    public void getReport(GetReportRequest req, StreamObserver<GetReportResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(AGENCIES);
            return PaipProtoMapper.toProto(commands.report(req.getYear()));
        });
    }

    // ---------------------------------------------------------------- errors

    static <T> void respond(StreamObserver<T> out, Supplier<T> body) {
        chokepoint.platform.GrpcCalls.respond(out, body, PaipGrpcService::refusal);
    }

    static StatusRuntimeException translate(Throwable e) {
        return chokepoint.platform.GrpcCalls.toStatus(e, PaipGrpcService::refusal);
    }

    /** This service's refusal for one throwable of a cause chain, or null. */
    private static StatusRuntimeException refusal(Throwable c) {
        if (c instanceof PaipRuleException p) {
            return violations(p);
        }
        if (c instanceof PaipNotFound nf) {
            return GrpcErrors.error(Code.NOT_FOUND, nf.reason(), nf.getMessage(), Map.of("field", nf.field()));
        }
        if (c instanceof RequestRefused r) {
            return GrpcErrors.error(r.invalidArgument() ? Code.INVALID_ARGUMENT : Code.FAILED_PRECONDITION, r.reason(),
                    r.getMessage(), Map.of("field", r.field()));
        }
        if (c instanceof org.hibernate.exception.ConstraintViolationException) {
            return GrpcErrors.error(Code.ABORTED, "CONCURRENT_REQUEST",
                    "a concurrent request with the same request id or package won; retry to read its result", Map.of());
        }
        return null;
    }

    /**
     * A statutory refusal: FAILED_PRECONDITION when every violation is a statutory precondition, else INVALID_ARGUMENT
     * (its first malformed-argument violation leading). ErrorInfo: reason = the reason code, domain
     * {@link PaipProtoMapper#ERROR_DOMAIN}, metadata reason/citation/field/message of the leading violation and
     * "violations", a JSON array of all of them.
     */
    static StatusRuntimeException violations(PaipRuleException e) {
        boolean precondition = e.precondition();
        Violation lead = precondition ? e.primary()
                : e.violations().stream().filter(v -> !v.precondition()).findFirst().orElse(e.primary());
        Map<String, String> md = new LinkedHashMap<>(PaipProtoMapper.errorMetadata(lead));
        List<Map<String, String>> all = e.violations().stream().map(PaipProtoMapper::errorMetadata).toList();
        md.put("violations", Json.write(all));
        ErrorInfo info = ErrorInfo.newBuilder().setReason(lead.reason().name()).setDomain(PaipProtoMapper.ERROR_DOMAIN)
                .putAllMetadata(md).build();
        Code code = precondition ? Code.FAILED_PRECONDITION : Code.INVALID_ARGUMENT;
        String message = lead.message() + (lead.citation().isEmpty() ? "" : " (" + lead.citation() + ")")
                + (e.violations().size() > 1 ? "; and " + (e.violations().size() - 1) + " more" : "");
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(code.getNumber())
                .setMessage(message).addDetails(Any.pack(info)).build());
    }
}
