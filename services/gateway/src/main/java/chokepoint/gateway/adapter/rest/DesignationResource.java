package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.AmendDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.GetDesignationRequest;
import chokepoint.api.designations.v1.ListDesignationsRequest;
import chokepoint.api.designations.v1.ListDesignationsResponse;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.adapter.rest.RestModel.DesignationJson;
import chokepoint.gateway.adapter.rest.RestModel.DesignationPageJson;
import chokepoint.gateway.adapter.rest.RestModel.RemoveJson;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Designations through the gateway: the caller's token goes to designation-lists, which
 * decides whether the caller's authority owns the list.
 */
@Path("/v1/designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class DesignationResource {

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @POST
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "analyst"})
    public Response create(@QueryParam("requestId") String requestId, DesignationJson body) {
        List<Violation> violations = ScreeningInputRules.newList();
        if (requestId == null || requestId.isBlank()) {
            violations.add(new Violation("requestId", "MISSING_REQUEST_ID",
                    "requestId is required so that a retried write never creates a second designation"));
        }
        if (body != null && body.id() != null) {
            violations.add(new Violation("id", "ID_NOT_ALLOWED", "the server assigns designation ids; leave id out"));
        }
        Designation d = RestMapper.designation(body, violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        CreateDesignationResponse r = downstream.designations(auth.token(), s -> s.createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(requestId).setDesignation(d).build()));
        return Response.status(r.getReplayed() ? 200 : 201).entity(RestMapper.designation(r.getDesignation(), r.getReplayed())).build();
    }

    @GET
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public DesignationPageJson list(@QueryParam("list") String list, @QueryParam("q") String q, @QueryParam("asOf") String asOf,
                                    @QueryParam("program") String program, @QueryParam("country") String country,
                                    @QueryParam("namePrefix") String namePrefix,
                                    @QueryParam("pageSize") Integer pageSize, @QueryParam("pageToken") String pageToken) {
        List<Violation> violations = ScreeningInputRules.newList();
        ScreeningInputRules.date("asOf", asOf, violations);
        ScreeningInputRules.pageSize(pageSize, violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        ListDesignationsResponse r = downstream.designations(auth.token(), s -> s.listDesignations(ListDesignationsRequest.newBuilder()
                .setList(nz(list)).setQuery(nz(q)).setAsOf(nz(asOf)).setProgram(nz(program)).setCountry(nz(country))
                .setNamePrefix(nz(namePrefix)).setPageSize(pageSize == null ? 0 : pageSize).setPageToken(nz(pageToken)).build()));
        return new DesignationPageJson(r.getDesignationsList().stream().map(d -> RestMapper.designation(d, null)).toList(),
                r.getNextPageToken().isEmpty() ? null : r.getNextPageToken());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public DesignationJson get(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        List<Violation> violations = ScreeningInputRules.newList();
        ScreeningInputRules.date("asOf", asOf, violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        return RestMapper.designation(downstream.designations(auth.token(), s -> s.getDesignation(
                GetDesignationRequest.newBuilder().setId(id).setAsOf(nz(asOf)).build())).getDesignation(), null);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "analyst"})
    public DesignationJson amend(@PathParam("id") String id, @QueryParam("requestId") String requestId,
                                 @QueryParam("effectiveOn") String effectiveOn, @QueryParam("reason") String reason,
                                 DesignationJson body) {
        List<Violation> violations = ScreeningInputRules.newList();
        if (requestId == null || requestId.isBlank()) {
            violations.add(new Violation("requestId", "MISSING_REQUEST_ID", "requestId is required for writes"));
        }
        ScreeningInputRules.date("effectiveOn", effectiveOn, violations);
        Designation current = downstream.designations(auth.token(), s -> s.getDesignation(
                GetDesignationRequest.newBuilder().setId(id).build())).getDesignation();
        DesignationJson merged = merge(RestMapper.designation(current, null), body);
        Designation d = RestMapper.designation(merged, violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        return RestMapper.designation(downstream.designations(auth.token(), s -> s.amendDesignation(AmendDesignationRequest.newBuilder()
                .setRequestId(requestId).setId(id).setDesignation(d).setEffectiveOn(nz(effectiveOn)).setReason(nz(reason)).build()))
                .getDesignation(), null);
    }

    /** POST /v1/designations/{id}:remove (AIP-136 custom method). */
    @POST
    @Path("/{idAndVerb}")
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "analyst"})
    public DesignationJson remove(@PathParam("idAndVerb") String idAndVerb, @QueryParam("requestId") String requestId, RemoveJson body) {
        if (!idAndVerb.endsWith(":remove")) {
            throw new Problem(404, "NOT_FOUND", "unknown method on a designation; use {id}:remove", null);
        }
        String id = idAndVerb.substring(0, idAndVerb.length() - ":remove".length());
        List<Violation> violations = ScreeningInputRules.newList();
        String rid = requestId != null ? requestId : body == null ? null : body.requestId();
        if (rid == null || rid.isBlank()) {
            violations.add(new Violation("requestId", "MISSING_REQUEST_ID", "requestId is required for writes"));
        }
        if (body == null || body.effectiveOn() == null) {
            violations.add(new Violation("effectiveOn", "MISSING_FIELD", "effectiveOn is required"));
        } else {
            ScreeningInputRules.date("effectiveOn", body.effectiveOn(), violations);
        }
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            violations.add(new Violation("reason", "MISSING_FIELD", "a removal needs a reason"));
        }
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        return RestMapper.designation(downstream.designations(auth.token(), s -> s.removeDesignation(RemoveDesignationRequest.newBuilder()
                .setRequestId(rid).setId(id).setEffectiveOn(body.effectiveOn()).setReason(body.reason()).build())).getDesignation(), null);
    }

    /** PATCH semantics: fields present in the patch replace the current ones. */
    static DesignationJson merge(DesignationJson cur, DesignationJson patch) {
        if (patch == null) {
            return cur;
        }
        return new DesignationJson(null, cur.list(), pick(patch.programs(), cur.programs()), pick(patch.party(), cur.party()),
                pick(patch.licenseRequirement(), cur.licenseRequirement()),
                patch.licenseReviewPolicy() != null || patch.licenseReviewPolicyText() != null ? patch.licenseReviewPolicy() : cur.licenseReviewPolicy(),
                patch.licenseReviewPolicy() != null || patch.licenseReviewPolicyText() != null ? patch.licenseReviewPolicyText() : cur.licenseReviewPolicyText(),
                pick(patch.federalRegisterCitations(), cur.federalRegisterCitations()), pick(patch.footnotes(), cur.footnotes()),
                null, null, null, pick(patch.remarks(), cur.remarks()), pick(patch.listedOn(), cur.listedOn()),
                cur.sourceRecordId(), null, null, null, null, null);
    }

    private static <T> T pick(T a, T b) {
        return a != null ? a : b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
