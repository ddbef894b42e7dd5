package chokepoint.gateway.adapter.rest;

import chokepoint.api.prohibition.v1.CreateProgramRequest;
import chokepoint.api.prohibition.v1.CreateProgramResponse;
import chokepoint.api.prohibition.v1.ListProgramsRequest;
import chokepoint.api.prohibition.v1.Program;
import chokepoint.api.prohibition.v1.ProgramEffect;
import chokepoint.api.prohibition.v1.ProgramScope;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** POST /v1/programs (enact or amend a program) and GET /v1/programs, served by cloud-prohibition. */
@Path("/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class ProgramResource {

    public record ScopeJson(List<String> lists, List<String> designationIds, List<String> programs) {
    }

    public record EffectJson(String serviceType, String verdict) {
    }

    public record ProgramJson(String id, String authority, String name, String citation, ScopeJson scope, List<EffectJson> effects,
                              String effectiveFrom, String effectiveTo, Long revision, String description, Boolean replayed) {
    }

    public record ProgramsJson(List<ProgramJson> programs) {
    }

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @POST
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public Response enact(@QueryParam("requestId") String requestId, ProgramJson body) {
        List<Violation> v = ScreeningInputRules.newList();
        if (requestId == null || requestId.isBlank()) {
            v.add(new Violation("requestId", "MISSING_REQUEST_ID", "requestId is required for writes"));
        }
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send a program");
        }
        Program.Builder p = Program.newBuilder().setId(nz(body.id())).setAuthority(nz(body.authority())).setName(nz(body.name()))
                .setCitation(nz(body.citation())).setDescription(nz(body.description()))
                .setEffectiveFrom(nz(body.effectiveFrom())).setEffectiveTo(nz(body.effectiveTo()));
        ScreeningInputRules.date("effectiveFrom", body.effectiveFrom(), v);
        ScreeningInputRules.date("effectiveTo", body.effectiveTo(), v);
        if (body.scope() != null) {
            ProgramScope.Builder s = ProgramScope.newBuilder();
            if (body.scope().lists() != null) {
                s.addAllLists(body.scope().lists());
            }
            if (body.scope().designationIds() != null) {
                s.addAllDesignationIds(body.scope().designationIds());
            }
            if (body.scope().programs() != null) {
                s.addAllPrograms(body.scope().programs());
            }
            p.setScope(s);
        }
        if (body.effects() != null) {
            for (int i = 0; i < body.effects().size(); i++) {
                EffectJson e = body.effects().get(i);
                String f = "effects[" + i + "]";
                if (e == null) {
                    v.add(new Violation(f, "MISSING_FIELD", f + " is empty"));
                    continue;
                }
                p.addEffects(ProgramEffect.newBuilder()
                        .setServiceType(RestMapper.enumValue(ServiceType.class, "SERVICE_TYPE_", e.serviceType(), f + ".serviceType",
                                ServiceType.SERVICE_TYPE_UNSPECIFIED, v))
                        .setVerdict(RestMapper.enumValue(Verdict.class, "VERDICT_", e.verdict(), f + ".verdict", Verdict.VERDICT_UNSPECIFIED, v)));
            }
        }
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        CreateProgramResponse r = downstream.programs(auth.token(), s -> s.createProgram(
                CreateProgramRequest.newBuilder().setRequestId(requestId).setProgram(p).build()));
        return Response.status(r.getReplayed() ? 200 : 201).entity(json(r.getProgram(), r.getReplayed())).build();
    }

    @GET
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public ProgramsJson list(@QueryParam("asOf") String asOf) {
        List<Violation> v = ScreeningInputRules.newList();
        ScreeningInputRules.date("asOf", asOf, v);
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        return new ProgramsJson(downstream.programs(auth.token(), s -> s.listPrograms(
                ListProgramsRequest.newBuilder().setAsOf(nz(asOf)).build())).getProgramsList().stream().map(p -> json(p, null)).toList());
    }

    static ProgramJson json(Program p, Boolean replayed) {
        return new ProgramJson(p.getId(), p.getAuthority(), p.getName(), p.getCitation(),
                new ScopeJson(p.getScope().getListsList(), p.getScope().getDesignationIdsList(), p.getScope().getProgramsList()),
                p.getEffectsList().stream().map(e -> new EffectJson(e.getServiceType().name().substring("SERVICE_TYPE_".length()),
                        e.getVerdict().name().substring("VERDICT_".length()))).toList(),
                p.getEffectiveFrom(), p.getEffectiveTo().isEmpty() ? null : p.getEffectiveTo(), p.getRevision(),
                p.getDescription().isEmpty() ? null : p.getDescription(), replayed);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
