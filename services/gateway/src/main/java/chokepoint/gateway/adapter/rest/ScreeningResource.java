package chokepoint.gateway.adapter.rest;

import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.screening.v1.Screening;
import chokepoint.gateway.adapter.EventLoop;
import chokepoint.gateway.adapter.rest.RestModel.ScreeningJson;
import chokepoint.gateway.adapter.rest.RestModel.ScreeningRequestJson;
import chokepoint.gateway.application.ScreeningUseCase;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import com.google.protobuf.util.Timestamps;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** POST /v1/screenings and GET /v1/screenings/{id} (docs/rest-contract.md). */
@Path("/v1/screenings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class ScreeningResource {

    @Inject
    ScreeningUseCase screenings;

    @Inject
    Auth auth;

    /**
     * Runs on the event loop that read the request and never blocks it: the downstream calls and the audit commit
     * are futures (ScreeningUseCase#screenAsync), and the answer is written from this request's event loop once
     * the record is committed. A worker thread per screening would only wait.
     */
    @POST
    @NonBlocking
    @RolesAllowed({"provider", "analyst", "admin"})
    public CompletionStage<ScreeningJson> screen(ScreeningRequestJson body) {
        if (body == null) {
            throw Problem.badRequest("MISSING_BODY", null, "send {\"customer\": {...}, \"service\": {...}}");
        }
        List<Violation> violations = ScreeningInputRules.newList();
        Party customer = RestMapper.party(body.customer(), "customer", false, violations);
        Service service = RestMapper.service(body.service(), violations);
        LocalDate asOf = ScreeningInputRules.date("asOf", body.asOf(), violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        CompletableFuture<ScreeningJson> answer = new CompletableFuture<>();
        EventLoop.whenComplete(screenings.screenAsync(auth.caller(), customer, service, asOf), (screening, failure) -> {
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(json(screening, body));
            }
        });
        return answer;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"provider", "analyst", "admin"})
    public ScreeningJson get(@PathParam("id") String id) {
        Screening s = screenings.find(auth.caller(), id).orElseThrow(() -> notFound(id));
        return json(s, null);
    }

    public record ReplayJson(String id, String asOf, boolean reproduced, String originalVerdict, String verdict,
                             List<String> differences, ScreeningJson original, ScreeningJson rerun) {
    }

    /**
     * POST /v1/screenings/{id}:replay: runs the stored request again as of its date and compares (not recorded).
     * Same tenant rule as GET.
     */
    @POST
    @Path("/{idAndVerb}")
    @RolesAllowed({"provider", "analyst", "admin"})
    public ReplayJson replay(@PathParam("idAndVerb") String idAndVerb) {
        if (!idAndVerb.endsWith(":replay")) {
            throw new Problem(404, "NOT_FOUND", "unknown method on a screening; use {id}:replay", null);
        }
        String id = idAndVerb.substring(0, idAndVerb.length() - ":replay".length());
        ScreeningUseCase.Replay r = screenings.replay(auth.caller(), id).orElseThrow(() -> notFound(id));
        ScreeningJson original = json(r.original(), null);
        ScreeningJson rerun = json(r.rerun(), null);
        return new ReplayJson(id, original.asOf(), r.reproduced(), original.verdict(), rerun.verdict(), r.differences(),
                original, rerun);
    }

    /** Another tenant's screening is not found either: not even its existence is shown. */
    private static Problem notFound(String id) {
        return new Problem(404, "SCREENING_NOT_FOUND", "no screening " + id + " for this tenant", "id");
    }

    static ScreeningJson json(Screening s, ScreeningRequestJson request) {
        return new ScreeningJson(s.getId(), s.getVerdict().name().substring("VERDICT_".length()),
                s.getReasonsList().stream().map(RestMapper::reason).toList(), s.getAsOf(), s.getListVersionsMap(),
                Timestamps.toString(s.getCreatedAt()), s.getTenant(),
                request != null ? request.service() : new RestModel.ServiceJson(
                        s.getService().getType().name().substring("SERVICE_TYPE_".length()),
                        s.getService().getEccn().isEmpty() ? null : s.getService().getEccn(),
                        new RestModel.ProviderJson(s.getService().getProviderCountry())),
                request != null ? request.customer() : new RestModel.PartyJson(null, s.getCustomer().getName(),
                        s.getCustomer().getAliasesList(), s.getCustomer().getCountriesList(), null, null, null, null, null, null, null));
    }
}
