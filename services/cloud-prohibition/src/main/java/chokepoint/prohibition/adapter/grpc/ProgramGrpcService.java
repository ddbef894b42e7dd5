package chokepoint.prohibition.adapter.grpc;

import chokepoint.api.prohibition.v1.CreateProgramRequest;
import chokepoint.api.prohibition.v1.CreateProgramResponse;
import chokepoint.api.prohibition.v1.ListProgramsRequest;
import chokepoint.api.prohibition.v1.ListProgramsResponse;
import chokepoint.api.prohibition.v1.ProgramServiceGrpc;
import chokepoint.platform.AuthInterceptor;
import chokepoint.platform.Caller;
import chokepoint.platform.GrpcErrors;
import chokepoint.prohibition.application.Programs;
import chokepoint.prohibition.domain.Program;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/** Agencies enact and amend programs (e.g. the Phase 2 AI-training prohibition) without a code change. */
@GrpcService
@Blocking
public class ProgramGrpcService extends ProgramServiceGrpc.ProgramServiceImplBase {

    /** The authorities that may enact programs, and the program authority each may name. */
    static boolean mayEnact(Caller c, String authority) {
        if (c.hasAnyRole("admin")) {
            return true;
        }
        String a = authority == null ? "" : authority.toUpperCase(java.util.Locale.ROOT);
        return switch (a) {
            case "IEEPA", "OFAC", "TREASURY" -> c.hasAnyRole("agency-ofac");
            case "EAR", "BIS", "COMMERCE" -> c.hasAnyRole("agency-bis");
            case "STATE", "PAIP" -> c.hasAnyRole("agency-state");
            case "DOD", "NDAA" -> c.hasAnyRole("agency-dod");
            default -> false;
        };
    }

    @Inject
    Programs programs;

    @Override
    public void createProgram(CreateProgramRequest req, StreamObserver<CreateProgramResponse> out) {
        GrpcCalls.respond(out, () -> {
            Caller caller = AuthInterceptor.requireRole("agency-ofac", "agency-bis", "agency-state", "agency-dod", "admin");
            if (req.getRequestId().isBlank()) {
                throw GrpcErrors.invalid("MISSING_REQUEST_ID", "request_id", "writes need a request_id");
            }
            if (!mayEnact(caller, req.getProgram().getAuthority())) {
                throw GrpcErrors.permissionDenied("AUTHORITY_NOT_OWNED", "the caller may not enact a program under authority '"
                        + req.getProgram().getAuthority() + "' (IEEPA/OFAC: agency-ofac; EAR/BIS: agency-bis; STATE: agency-state; DOD: agency-dod)");
            }
            Programs.Enacted e = programs.enact(req.getRequestId(), req.getProgram(), caller.subject());
            return CreateProgramResponse.newBuilder().setProgram(ProtoMapper.toProto(e.program())).setReplayed(e.replayed()).build();
        });
    }

    @Override
    public void listPrograms(ListProgramsRequest req, StreamObserver<ListProgramsResponse> out) {
        GrpcCalls.respond(out, () -> {
            AuthInterceptor.requireRole("provider", "analyst", "agency-ofac", "agency-bis", "agency-state", "agency-dod", "admin", "service");
            LocalDate asOf = req.getAsOf().isBlank() ? null : GrpcCalls.date("as_of", req.getAsOf());
            List<Program> all = programs.all().stream().filter(p -> asOf == null || p.inForceOn(asOf)).toList();
            ListProgramsResponse.Builder b = ListProgramsResponse.newBuilder();
            all.forEach(p -> b.addPrograms(ProtoMapper.toProto(p)));
            return b.build();
        });
    }
}
