package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.CompareNamesRequest;
import chokepoint.api.designations.v1.CompareNamesResponse;
import chokepoint.api.designations.v1.MatchNamesRequest;
import chokepoint.api.designations.v1.MatchNamesResponse;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** POST /v1/names:compare and /v1/names:match (docs/rest-contract.md), answered by designation-lists' matcher. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class NamesResource {

    public record CompareJson(String a, String b, String kind) {
    }

    public record ComparisonJson(double score, String band, List<String> explanation) {
    }

    public record MatchJson(String name, String kind, List<String> countries, List<RestModel.IdentifierJson> identifiers,
                            List<String> lists, Integer limit, String asOf) {
    }

    public record CandidateJson(String designationId, String list, String matchedName, String primaryName, double score,
                                String band, List<String> explanation) {
    }

    public record CandidatesJson(List<CandidateJson> candidates) {
    }

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @POST
    @Path("names:compare")
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public ComparisonJson compare(CompareJson body) {
        List<Violation> v = ScreeningInputRules.newList();
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send {\"a\": ..., \"b\": ...}");
        }
        ScreeningInputRules.name("a", body.a(), true, v);
        ScreeningInputRules.name("b", body.b(), true, v);
        PartyKind kind = RestMapper.enumValue(PartyKind.class, "PARTY_KIND_", body.kind(), "kind", PartyKind.PARTY_KIND_UNSPECIFIED, v);
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        CompareNamesResponse r = downstream.designations(auth.token(), s -> s.compareNames(
                CompareNamesRequest.newBuilder().setA(body.a()).setB(body.b()).setKind(kind).build()));
        return new ComparisonJson(r.getScore(), band(r.getBand()), r.getExplanationList());
    }

    @POST
    @Path("names:match")
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public CandidatesJson match(MatchJson body) {
        List<Violation> v = ScreeningInputRules.newList();
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send {\"name\": ...}");
        }
        boolean hasIds = body.identifiers() != null && !body.identifiers().isEmpty();
        ScreeningInputRules.name("name", body.name(), !hasIds, v);
        PartyKind kind = RestMapper.enumValue(PartyKind.class, "PARTY_KIND_", body.kind(), "kind", PartyKind.PARTY_KIND_UNSPECIFIED, v);
        ScreeningInputRules.date("asOf", body.asOf(), v);
        if (body.limit() != null && (body.limit() < 1 || body.limit() > 100)) {
            v.add(new Violation("limit", "INVALID_LIMIT", "limit must be between 1 and 100"));
        }
        if (!v.isEmpty()) {
            throw RestMapper.problem(v);
        }
        MatchNamesRequest.Builder req = MatchNamesRequest.newBuilder().setName(body.name() == null ? "" : body.name()).setKind(kind)
                .setLimit(body.limit() == null ? 10 : body.limit()).setAsOf(body.asOf() == null ? "" : body.asOf());
        if (body.countries() != null) {
            req.addAllCountries(body.countries());
        }
        if (body.lists() != null) {
            req.addAllLists(body.lists());
        }
        if (hasIds) {
            body.identifiers().forEach(i -> req.addIdentifiers(chokepoint.api.party.v1.Identifier.newBuilder()
                    .setScheme(i.scheme() == null ? "" : i.scheme()).setValue(i.value() == null ? "" : i.value())
                    .setCountry(i.country() == null ? "" : i.country())));
        }
        MatchNamesResponse r = downstream.designations(auth.token(), s -> s.matchNames(req.build()));
        return new CandidatesJson(r.getCandidatesList().stream().map(c -> new CandidateJson(c.getDesignationId(), c.getList(),
                c.getMatchedName(), c.getPrimaryName(), c.getScore(), band(c.getBand()), c.getExplanationList())).toList());
    }

    static String band(chokepoint.api.designations.v1.MatchBand b) {
        return b.name().substring("MATCH_BAND_".length());
    }
}
