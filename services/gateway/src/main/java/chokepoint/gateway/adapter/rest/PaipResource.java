package chokepoint.gateway.adapter.rest;

import chokepoint.api.paip.v1.Clause;
import chokepoint.api.paip.v1.CreateIdentificationRequest;
import chokepoint.api.paip.v1.CreateIdentificationResponse;
import chokepoint.api.paip.v1.Effect;
import chokepoint.api.paip.v1.GetMenuRequest;
import chokepoint.api.paip.v1.GetMenuResponse;
import chokepoint.api.paip.v1.GetPackageRequest;
import chokepoint.api.paip.v1.GetReportRequest;
import chokepoint.api.paip.v1.GetReportResponse;
import chokepoint.api.paip.v1.Identification;
import chokepoint.api.paip.v1.ImposePackageRequest;
import chokepoint.api.paip.v1.ImposePackageResponse;
import chokepoint.api.paip.v1.OfficerSanction;
import chokepoint.api.paip.v1.Package;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.api.paip.v1.ProposePackageRequest;
import chokepoint.api.paip.v1.WaivePackageRequest;
import chokepoint.api.party.v1.Address;
import chokepoint.api.party.v1.Party;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.adapter.client.DownstreamRejected;
import chokepoint.gateway.adapter.rest.RestModel.IdentifierJson;
import chokepoint.gateway.adapter.rest.RestModel.OfficerJson;
import chokepoint.gateway.adapter.rest.RestModel.OwnerJson;
import chokepoint.gateway.adapter.rest.RestModel.PartyJson;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The PAIP Act (50 U.S.C. 1709) over REST: the menu, identifications, proposals, impositions, waivers and the
 * report, forwarded to paip-menu with the caller's token. A statutory refusal is 422 application/problem+json with
 * its reason (e.g. PAIP_FEWER_THAN_FIVE), citation, field and every violation; a malformed request is 400.
 */
@Path("/v1/paip")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class PaipResource {

    static final String[] READERS = {"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    // ---------------------------------------------------------------- JSON shapes

    public record MeasureJson(String letter, String name, String citation, String description, String applicability,
                              boolean financialInstitutionsOnly) {
    }

    public record MenuJson(List<MeasureJson> measures, String citation, String sunset) {
    }

    public record IdentificationRequestJson(PartyJson party, String clause,
                                            @JsonProperty("isFinancialInstitution") Boolean isFinancialInstitution,
                                            Integer reportYear, String narrative, String relatedIdentificationId,
                                            List<String> evidence, String periodStart, String periodEnd) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IdentificationJson(String id, PartyJson party, String clause,
                                     @JsonProperty("isFinancialInstitution") boolean isFinancialInstitution, int reportYear,
                                     String narrative, String relatedIdentificationId, List<String> evidence,
                                     String periodStart, String periodEnd, Boolean replayed) {
    }

    public record ProposeJson(String calibration) {
    }

    public record OfficerSanctionJson(String officerName, List<String> measures) {
    }

    public record PackageRequestJson(List<String> measures, String effectiveFrom, String licenseRequirement,
                                     String licenseReviewPolicy, List<OfficerSanctionJson> officerSanctions,
                                     List<String> reasoning) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record EffectJson(String key, String measure, String kind, String list, String citation, String subjectName,
                             String effectiveFrom, String removedOn, String remarks, List<String> exceptions,
                             String designationId, String state, String removalState, String lastError) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PackageJson(String id, String identificationId, List<String> measures, String effectiveFrom,
                              String licenseRequirement, String licenseReviewPolicy, List<OfficerSanctionJson> officerSanctions,
                              String status, String waivedOn, String waiverJustification, String congressNoticeDue,
                              List<String> designationIds, List<String> reasoning, List<EffectJson> effects, Boolean replayed) {
    }

    public record WaiveJson(String effectiveOn, String justification, String requestId) {
    }

    // ---------------------------------------------------------------- resources

    @GET
    @Path("/menu")
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public MenuJson menu() {
        GetMenuResponse m = call(s -> s.getMenu(GetMenuRequest.getDefaultInstance()));
        return new MenuJson(m.getMeasuresList().stream().map(x -> new MeasureJson(x.getLetter(), x.getName(), x.getCitation(),
                x.getDescription(), x.getApplicability(), x.getFinancialInstitutionsOnly())).toList(), m.getCitation(), m.getSunset());
    }

    @POST
    @Path("/identifications")
    @RolesAllowed({"agency-state", "admin"})
    public Response identify(@QueryParam("requestId") String requestId, IdentificationRequestJson body) {
        List<Violation> violations = ScreeningInputRules.newList();
        requireRequestId(requestId, violations);
        if (body == null) {
            violations.add(new Violation("body", "MISSING_FIELD", "an identification body is required"));
            throw RestMapper.problem(violations);
        }
        Identification.Builder b = Identification.newBuilder()
                .setParty(RestMapper.party(body.party(), "party", true, violations))
                .setClause(clause(body.clause(), violations))
                .setIsFinancialInstitution(Boolean.TRUE.equals(body.isFinancialInstitution()))
                .setReportYear(body.reportYear() == null ? 0 : body.reportYear())
                .setNarrative(nz(body.narrative()))
                .setRelatedIdentificationId(nz(body.relatedIdentificationId()))
                .setPeriodStart(nz(body.periodStart()))
                .setPeriodEnd(nz(body.periodEnd()));
        if (body.evidence() != null) {
            body.evidence().stream().filter(e -> e != null && !e.isBlank()).forEach(b::addEvidence);
        }
        if (body.reportYear() == null) {
            violations.add(new Violation("reportYear", "PAIP_FIELD_REQUIRED", "reportYear (the year of the report to Congress) is required"));
        }
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        CreateIdentificationResponse r = call(s -> s.createIdentification(
                CreateIdentificationRequest.newBuilder().setRequestId(requestId).setIdentification(b).build()));
        return Response.status(r.getReplayed() ? 200 : 201).entity(identification(r.getIdentification(), r.getReplayed())).build();
    }

    /** POST /v1/paip/identifications/{id}/packages:propose and POST /v1/paip/identifications/{id}/packages. */
    @POST
    @Path("/identifications/{id}/{collection}")
    @RolesAllowed({"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public Response packages(@PathParam("id") String id, @PathParam("collection") String collection,
                             @QueryParam("requestId") String requestId, JsonNode body) {
        if ("packages:propose".equals(collection)) {
            ProposeJson p = body == null || body.isNull() ? null : convert(body, ProposeJson.class);
            Package proposed = call(s -> s.proposePackage(ProposePackageRequest.newBuilder().setIdentificationId(id)
                    .setCalibration(p == null ? "" : nz(p.calibration())).build())).getPackage();
            return Response.ok(pkg(proposed, null)).build();
        }
        if (!"packages".equals(collection)) {
            throw new Problem(404, "NOT_FOUND", "unknown resource; use packages or packages:propose", null);
        }
        if (!identity.hasRole("agency-state") && !identity.hasRole("admin")) {
            throw new Problem(403, "ROLE_NOT_ALLOWED", "imposing PAIP sanctions needs the agency-state or admin role", null);
        }
        List<Violation> violations = ScreeningInputRules.newList();
        requireRequestId(requestId, violations);
        PackageRequestJson p = body == null || body.isNull() ? null : convert(body, PackageRequestJson.class);
        if (p == null) {
            violations.add(new Violation("body", "MISSING_FIELD", "a package body {measures, effectiveFrom, ...} is required"));
        }
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        Package.Builder b = Package.newBuilder().setIdentificationId(id).setEffectiveFrom(nz(p.effectiveFrom()))
                .setLicenseRequirement(nz(p.licenseRequirement())).setLicenseReviewPolicy(nz(p.licenseReviewPolicy()));
        if (p.measures() != null) {
            p.measures().forEach(m -> b.addMeasures(nz(m)));
        }
        if (p.officerSanctions() != null) {
            for (OfficerSanctionJson o : p.officerSanctions()) {
                OfficerSanction.Builder ob = OfficerSanction.newBuilder().setOfficerName(o == null ? "" : nz(o.officerName()));
                if (o != null && o.measures() != null) {
                    o.measures().forEach(m -> ob.addMeasures(nz(m)));
                }
                b.addOfficerSanctions(ob);
            }
        }
        if (p.reasoning() != null) {
            p.reasoning().forEach(r -> b.addReasoning(nz(r)));
        }
        ImposePackageResponse r = call(s -> s.imposePackage(ImposePackageRequest.newBuilder().setRequestId(requestId).setPackage(b).build()));
        return Response.status(r.getReplayed() ? 200 : 201).entity(pkg(r.getPackage(), r.getReplayed())).build();
    }

    @GET
    @Path("/packages/{id}")
    @RolesAllowed({"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public PackageJson getPackage(@PathParam("id") String id) {
        return pkg(call(s -> s.getPackage(GetPackageRequest.newBuilder().setId(id).build())).getPackage(), null);
    }

    /** POST /v1/paip/packages/{id}:waive (AIP-136 custom method). */
    @POST
    @Path("/packages/{idAndVerb}")
    @RolesAllowed({"agency-state", "admin"})
    public PackageJson waive(@PathParam("idAndVerb") String idAndVerb, @QueryParam("requestId") String requestId, WaiveJson body) {
        if (!idAndVerb.endsWith(":waive")) {
            throw new Problem(404, "NOT_FOUND", "unknown method on a package; use {id}:waive", null);
        }
        String id = idAndVerb.substring(0, idAndVerb.length() - ":waive".length());
        String rid = requestId != null ? requestId : body == null ? null : body.requestId();
        List<Violation> violations = ScreeningInputRules.newList();
        requireRequestId(rid, violations);
        if (body == null) {
            violations.add(new Violation("body", "MISSING_FIELD", "a waiver body {effectiveOn, justification} is required"));
        }
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        return pkg(call(s -> s.waivePackage(WaivePackageRequest.newBuilder().setRequestId(rid).setPackageId(id)
                .setEffectiveOn(nz(body.effectiveOn())).setJustification(nz(body.justification())).build())).getPackage(), null);
    }

    /** The report to Congress for a year: JSON, or HTML with {@code ?format=html} or {@code Accept: text/html}. */
    @GET
    @Path("/reports/{year}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public Response report(@PathParam("year") String year, @QueryParam("format") String format, @Context HttpHeaders headers) {
        int y;
        try {
            y = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("INVALID_YEAR", "year", "year must be a number such as 2026");
        }
        boolean html;
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("html") && !f.equals("json")) {
                throw Problem.badRequest("INVALID_FORMAT", "format", "format must be json or html");
            }
            html = f.equals("html");
        } else {
            html = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType())
                    && headers.getAcceptableMediaTypes().stream().noneMatch(m -> m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardType());
        }
        GetReportResponse r = call(s -> s.getReport(GetReportRequest.newBuilder().setYear(y).build()));
        return html ? Response.ok(r.getHtml(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Response.ok(r.getJson(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    // ---------------------------------------------------------------- mapping

    private <T> T call(Function<PaipServiceGrpc.PaipServiceBlockingStub, T> body) {
        try {
            return downstream.paip(auth.token(), body::apply);
        } catch (DownstreamRejected e) {
            throw problem(e);
        }
    }

    /** paip-menu's refusal as a problem: its reason, citation, the field in REST terms, and every violation. */
    static Problem problem(DownstreamRejected e) {
        Map<String, String> info = e.info();
        String field = info.get("field");
        Problem p = new Problem(Errors.status(e.code()), info.getOrDefault("reason", "REJECTED"), info.getOrDefault("message", e.getMessage()),
                field == null || field.isBlank() ? null : restField(field));
        if (info.get("citation") != null && !info.get("citation").isBlank()) {
            p.with("citation", info.get("citation"));
        }
        String all = info.get("violations");
        if (all != null) {
            try {
                List<Map<String, String>> list = new ArrayList<>();
                for (JsonNode v : JSON.readTree(all)) {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("reason", v.path("reason").asText());
                    m.put("citation", v.path("citation").asText());
                    m.put("field", restField(v.path("field").asText()));
                    m.put("message", v.path("message").asText());
                    list.add(m);
                }
                p.with("violations", list);
            } catch (Exception ignored) {
                // the leading violation is already in the problem
            }
        }
        return p;
    }

    /** "package.officer_sanctions[0].officer_name" -> "officerSanctions[0].officerName". */
    static String restField(String protoPath) {
        String f = protoPath;
        for (String prefix : List.of("package.", "identification.")) {
            if (f.startsWith(prefix)) {
                f = f.substring(prefix.length());
            }
        }
        return Errors.jsonPath(f);
    }

    static Clause clause(String raw, List<Violation> out) {
        if (raw == null || raw.isBlank()) {
            return Clause.CLAUSE_UNSPECIFIED;
        }
        String t = raw.strip().toUpperCase(Locale.ROOT).replace("CLAUSE_", "").replace("(", "").replace(")", "");
        return switch (t) {
            case "I" -> Clause.CLAUSE_I;
            case "II" -> Clause.CLAUSE_II;
            case "III" -> Clause.CLAUSE_III;
            case "IV" -> Clause.CLAUSE_IV;
            default -> {
                out.add(new Violation("clause", "INVALID_ENUM", "clause must be one of I, II, III, IV (50 U.S.C. 1709(a)(1)(A)(i)-(iv))"));
                yield Clause.CLAUSE_UNSPECIFIED;
            }
        };
    }

    static String clauseName(Clause c) {
        return switch (c) {
            case CLAUSE_I -> "I";
            case CLAUSE_II -> "II";
            case CLAUSE_III -> "III";
            case CLAUSE_IV -> "IV";
            default -> null;
        };
    }

    static IdentificationJson identification(Identification i, boolean replayed) {
        return new IdentificationJson(i.getId(), party(i.getParty()), clauseName(i.getClause()), i.getIsFinancialInstitution(),
                i.getReportYear(), blankToNull(i.getNarrative()), blankToNull(i.getRelatedIdentificationId()), i.getEvidenceList(),
                blankToNull(i.getPeriodStart()), blankToNull(i.getPeriodEnd()), replayed ? Boolean.TRUE : null);
    }

    static PackageJson pkg(Package p, Boolean replayed) {
        return new PackageJson(blankToNull(p.getId()), blankToNull(p.getIdentificationId()), p.getMeasuresList(),
                blankToNull(p.getEffectiveFrom()), blankToNull(p.getLicenseRequirement()), blankToNull(p.getLicenseReviewPolicy()),
                p.getOfficerSanctionsList().stream().map(o -> new OfficerSanctionJson(o.getOfficerName(), o.getMeasuresList())).toList(),
                p.getStatus(), blankToNull(p.getWaivedOn()), blankToNull(p.getWaiverJustification()),
                blankToNull(p.getCongressNoticeDue()), p.getDesignationIdsList(), p.getReasoningList(),
                p.getEffectsList().stream().map(PaipResource::effect).toList(), replayed);
    }

    static EffectJson effect(Effect e) {
        return new EffectJson(e.getKey(), e.getMeasure(), e.getKind(), e.getList(), e.getCitation(), e.getSubjectName(),
                e.getEffectiveFrom(), e.getRemovedOn(), e.getRemarks(), e.getExceptionsList(), e.getDesignationId(), e.getState(),
                e.getRemovalState(), e.getLastError());
    }

    static PartyJson party(Party p) {
        List<JsonNode> addresses = new ArrayList<>();
        for (Address a : p.getAddressesList()) {
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            putIf(n, "text", a.getText());
            putIf(n, "city", a.getCity());
            putIf(n, "region", a.getRegion());
            putIf(n, "postalCode", a.getPostalCode());
            putIf(n, "country", a.getCountry());
            addresses.add(n);
        }
        return new PartyJson(RestMapper.kindName(p.getKind()), p.getName(), p.getAliasesList(), p.getCountriesList(),
                blankToNull(p.getHeadquartersCountry()), addresses,
                p.getIdentifiersList().stream().map(i -> new IdentifierJson(i.getScheme(), i.getValue(), blankToNull(i.getCountry()))).toList(),
                p.getOwnersList().stream().map(o -> new OwnerJson(party(o.getParty()), blankToNull(o.getPercent()),
                        o.getPercentUnknown() ? Boolean.TRUE : null)).toList(),
                p.getOfficersList().stream().map(o -> new OfficerJson(o.getName(), blankToNull(o.getRole()))).toList(),
                blankToNull(p.getIncorporatedOn()),
                p.getCustomerTypeValue() == 0 ? null : p.getCustomerType().name().replace("CUSTOMER_TYPE_", ""));
    }

    private static <T> T convert(JsonNode body, Class<T> type) {
        try {
            return JSON.treeToValue(body, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw Problem.badRequest("INVALID_TYPE", null, "the body does not have the expected shape: " + e.getOriginalMessage());
        }
    }

    private static void requireRequestId(String requestId, List<Violation> out) {
        if (requestId == null || requestId.isBlank()) {
            out.add(new Violation("requestId", "MISSING_REQUEST_ID",
                    "requestId is required so that a retried write never records twice"));
        } else if (requestId.length() > 200) {
            out.add(new Violation("requestId", "INVALID_REQUEST_ID", "requestId is at most 200 characters"));
        }
    }

    private static void putIf(ObjectNode n, String k, String v) {
        if (v != null && !v.isEmpty()) {
            n.put(k, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
