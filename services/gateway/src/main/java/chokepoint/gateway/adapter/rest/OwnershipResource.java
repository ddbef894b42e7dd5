package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.CreateOwnershipRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkResponse;
import chokepoint.api.designations.v1.OfficerLink;
import chokepoint.api.designations.v1.CreateOwnershipResponse;
import chokepoint.api.designations.v1.DerivedStatus;
import chokepoint.api.designations.v1.GetEntityStatusRequest;
import chokepoint.api.designations.v1.GetEntityStatusResponse;
import chokepoint.api.designations.v1.Ownership;
import chokepoint.api.designations.v1.OwnershipPath;
import chokepoint.api.designations.v1.PartyRef;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** POST /v1/ownerships and GET /v1/entities/{ref}/status: ownership facts and what the rules derive from them. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class OwnershipResource {

    public record OwnershipJson(JsonNode owner, JsonNode owned, String percent, Boolean percentUnknown, String effectiveFrom,
                                String effectiveTo, String source) {
    }

    public record RecordedJson(String id, String ownerEntityId, String ownedEntityId, String percent, boolean percentUnknown,
                               String effectiveFrom, String effectiveTo, String source, boolean replayed) {
    }

    public record DerivedJson(String status, String totalPercent, List<String> ownershipPaths, String citation, String explanation,
                              List<String> sourceDesignationIds, String licenseRequirement, String licenseReviewPolicy,
                              String effectiveFrom) {
    }

    public record RedFlagJson(String code, String explanation, String citation, List<String> ownershipPaths) {
    }

    /** {@code notes}: what the ownership engine noted without making it a status or a red flag (GetEntityStatus). */
    public record StatusJson(String ref, String name, String asOf, List<DerivedJson> derived, List<RedFlagJson> redFlags,
                             List<RestModel.DesignationJson> designations, List<String> notes) {
    }

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @Inject
    ObjectMapper json;

    @POST
    @Path("ownerships")
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public Response record(@QueryParam("requestId") String requestId, OwnershipJson body) {
        List<Violation> v = ScreeningInputRules.newList();
        ScreeningInputRules.requestId(requestId, v);
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send an ownership fact");
        }
        PartyRef owner = ref(body.owner(), "owner", v);
        PartyRef owned = ref(body.owned(), "owned", v);
        boolean unknown = Boolean.TRUE.equals(body.percentUnknown());
        if (!unknown) {
            ScreeningInputRules.percent("percent", body.percent(), v);
        }
        ScreeningInputRules.validity(body.effectiveFrom(), body.effectiveTo(), v);
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        Ownership.Builder o = Ownership.newBuilder().setOwner(owner).setOwned(owned).setPercentUnknown(unknown)
                .setEffectiveFrom(body.effectiveFrom()).setEffectiveTo(body.effectiveTo() == null ? "" : body.effectiveTo())
                .setSource(body.source() == null ? "" : body.source());
        if (!unknown) {
            o.setPercent(body.percent().strip());
        }
        CreateOwnershipResponse r = downstream.designations(auth.token(), s -> s.createOwnership(
                CreateOwnershipRequest.newBuilder().setRequestId(requestId).setOwnership(o).build()));
        Ownership w = r.getOwnership();
        return Response.status(r.getReplayed() ? 200 : 201).entity(new RecordedJson(w.getId(), w.getOwnerEntityId(), w.getOwnedEntityId(),
                w.getPercent(), w.getPercentUnknown(), w.getEffectiveFrom(), w.getEffectiveTo(), w.getSource(), r.getReplayed())).build();
    }

    public record OfficerLinkJson(String person, JsonNode entity, String role, String effectiveFrom, String effectiveTo,
                                  String source) {
    }

    public record RecordedOfficerJson(String id, String person, String entityId, String role, String effectiveFrom,
                                      String effectiveTo, String source, boolean replayed) {
    }

    /** An officer or board member of a party (BIS red flag 29 reads these: a person shared with a listed party). */
    @POST
    @Path("officers")
    @RolesAllowed({"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public Response recordOfficer(@QueryParam("requestId") String requestId, OfficerLinkJson body) {
        List<Violation> v = ScreeningInputRules.newList();
        ScreeningInputRules.requestId(requestId, v);
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send {\"person\": ..., \"entity\": ..., \"role\": ..., \"effectiveFrom\": ...}");
        }
        if (body.person() == null || body.person().isBlank()) {
            v.add(new Violation("person", "MISSING_NAME", "person (the officer's name) is required"));
        }
        if (body.role() == null || body.role().isBlank()) {
            v.add(new Violation("role", "MISSING_ROLE", "role is required (e.g. CEO, DIRECTOR, BOARD_MEMBER)"));
        }
        PartyRef entity = ref(body.entity(), "entity", v);
        ScreeningInputRules.validity(body.effectiveFrom(), body.effectiveTo(), v);
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        OfficerLink.Builder o = OfficerLink.newBuilder().setPersonName(body.person().strip()).setEntity(entity)
                .setRole(body.role().strip()).setEffectiveFrom(body.effectiveFrom())
                .setEffectiveTo(body.effectiveTo() == null ? "" : body.effectiveTo())
                .setSource(body.source() == null ? "" : body.source());
        CreateOfficerLinkResponse r = downstream.designations(auth.token(), s -> s.createOfficerLink(
                CreateOfficerLinkRequest.newBuilder().setRequestId(requestId).setOfficerLink(o).build()));
        OfficerLink w = r.getOfficerLink();
        return Response.status(r.getReplayed() ? 200 : 201).entity(new RecordedOfficerJson(w.getId(), w.getPersonName(),
                w.getEntityId(), w.getRole(), w.getEffectiveFrom(), w.getEffectiveTo().isEmpty() ? null : w.getEffectiveTo(),
                w.getSource().isEmpty() ? null : w.getSource(), r.getReplayed())).build();
    }

    @GET
    @Path("entities/{ref}/status")
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public StatusJson status(@PathParam("ref") String ref, @QueryParam("asOf") String asOf) {
        List<Violation> v = ScreeningInputRules.newList();
        ScreeningInputRules.date("asOf", asOf, v);
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        GetEntityStatusResponse r = downstream.designations(auth.token(), s -> s.getEntityStatus(
                GetEntityStatusRequest.newBuilder().setRef(ref).setAsOf(asOf == null ? "" : asOf).build()));
        return new StatusJson(r.getRef(), r.getName(), r.getAsOf(), r.getDerivedList().stream().map(OwnershipResource::derived).toList(),
                r.getRedFlagsList().stream().map(f -> new RedFlagJson(f.getCode(), f.getExplanation(), f.getCitation(),
                        f.getPathsList().stream().map(OwnershipResource::render).toList())).toList(),
                r.getDesignationsList().stream().map(d -> RestMapper.designation(d, null)).toList(), r.getNotesList());
    }

    static DerivedJson derived(DerivedStatus d) {
        return new DerivedJson(d.getKind().name().substring("DERIVED_STATUS_KIND_".length()), d.getTotalPercent(),
                d.getPathsList().stream().map(OwnershipResource::render).toList(), d.getCitation(), d.getExplanation(),
                d.getSourcesList().stream().map(chokepoint.api.designations.v1.Designation::getId).toList(),
                d.getLicenseRequirement().isEmpty() ? null : d.getLicenseRequirement(),
                d.getLicenseReviewPolicy().name().endsWith("UNSPECIFIED") ? null
                        : d.getLicenseReviewPolicy().name().substring("LICENSE_REVIEW_POLICY_".length()),
                d.getEffectiveFrom().isEmpty() ? null : d.getEffectiveFrom());
    }

    /** "A —60%→ B —50%→ C". */
    static String render(OwnershipPath p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.getStepsCount(); i++) {
            var s = p.getSteps(i);
            if (i == 0) {
                b.append(s.getOwnerName());
            }
            b.append(" \u2014").append(s.getPercent().isEmpty() ? "?" : s.getPercent()).append("%\u2192 ").append(s.getOwnedName());
        }
        return b.toString();
    }

    PartyRef ref(JsonNode n, String field, List<Violation> v) {
        if (n == null || n.isNull()) {
            v.add(new Violation(field, "MISSING_FIELD", field + " is required: a designation id, an entity id, or a party"));
            return PartyRef.getDefaultInstance();
        }
        if (n.isTextual()) {
            String s = n.asText().strip();
            return s.startsWith("ent_") ? PartyRef.newBuilder().setEntityId(s).build() : PartyRef.newBuilder().setDesignationId(s).build();
        }
        if (n.has("designationId")) {
            return PartyRef.newBuilder().setDesignationId(n.get("designationId").asText()).build();
        }
        if (n.has("entityId")) {
            return PartyRef.newBuilder().setEntityId(n.get("entityId").asText()).build();
        }
        try {
            RestModel.PartyJson p = json.treeToValue(n.has("party") ? n.get("party") : n, RestModel.PartyJson.class);
            return PartyRef.newBuilder().setParty(RestMapper.party(p, field, true, v)).build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            v.add(new Violation(field, "INVALID_PARTY", field + " is not a party"));
            return PartyRef.getDefaultInstance();
        }
    }
}
