package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ListSource;
import chokepoint.api.designations.v1.ListSourcesRequest;
import chokepoint.api.designations.v1.ListSourcesResponse;
import chokepoint.api.designations.v1.RefreshSourceRequest;
import chokepoint.api.designations.v1.RefreshSourceResponse;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.adapter.client.DownstreamRejected;
import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The list sources of designation-lists: {@code GET /v1/sources} (each source, where it points,
 * how its last refreshes went) and {@code POST /v1/sources/{name}:refresh[?force=true]} (fetch
 * now; {@code force} confirms a file that was refused, e.g. one removing more than 10% of a
 * list). A refused file answers 422 with the importer's reason; a download that failed answers
 * 502 SOURCE_DOWNLOAD_FAILED with its cause; either way nothing was imported.
 */
@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SourcesResource {

    /** A refresh downloads and imports a whole list file: minutes, not the screening deadline. */
    static final long REFRESH_DEADLINE_MINUTES = 15;

    public record SourcePartJson(String part, String location, String etag, String lastModified, long sizeBytes) {
    }

    public record SourceJson(String name, String format, boolean enabled, String kind, List<SourcePartJson> parts,
                             String interval, List<String> excludedLists, String lastOutcome, String lastReason,
                             String lastMessage, String lastAttemptTime, String lastSuccessTime, String lastImportTime,
                             String nextAttemptTime, int consecutiveFailures, String checksum, List<String> listVersions,
                             String effectiveOn, boolean awaitingConfirmation, String refusedChecksum) {
    }

    public record SourcesJson(List<SourceJson> sources, String nextPageToken) {
    }

    public record RefreshJson(String outcome, SourceJson source, List<ImportResource.VersionJson> versions, int added, int changed,
                              int removed, int unchanged) {
    }

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @GrpcClient("designations")
    DesignationServiceGrpc.DesignationServiceBlockingStub designations;

    @GET
    @RolesAllowed({"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public SourcesJson list(@QueryParam("pageSize") Integer pageSize, @QueryParam("pageToken") String pageToken) {
        ListSourcesResponse r = downstream.designations(auth.token(), s -> s.listSources(ListSourcesRequest.newBuilder()
                .setPageSize(pageSize == null ? 0 : pageSize).setPageToken(pageToken == null ? "" : pageToken).build()));
        return new SourcesJson(r.getSourcesList().stream().map(SourcesResource::json).toList(), emptyToNull(r.getNextPageToken()));
    }

    /** POST /v1/sources/{name}:refresh (AIP-136 custom method). */
    @POST
    @Path("/{nameAndVerb}")
    @RolesAllowed({"admin", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "analyst"})
    public RefreshJson refresh(@PathParam("nameAndVerb") String nameAndVerb, @QueryParam("force") boolean force,
                               @QueryParam("requestId") String requestId) {
        if (!nameAndVerb.endsWith(":refresh")) {
            throw new Problem(404, "NOT_FOUND", "unknown method on a source; use {name}:refresh", null);
        }
        String name = nameAndVerb.substring(0, nameAndVerb.length() - ":refresh".length());
        RefreshSourceResponse r;
        try {
            r = ClientAuth.withToken(designations, auth.token()).withDeadlineAfter(REFRESH_DEADLINE_MINUTES, TimeUnit.MINUTES)
                    .refreshSource(RefreshSourceRequest.newBuilder().setName(name).setForce(force)
                            .setRequestId(requestId == null ? "" : requestId).build());
        } catch (StatusRuntimeException e) {
            throw translate(e);
        }
        return new RefreshJson(strip(r.getOutcome().name(), "SOURCE_OUTCOME_"), json(r.getSource()),
                r.getVersionsList().stream().map(ImportResource::version).toList(), r.getAdded(), r.getChanged(), r.getRemoved(),
                r.getUnchanged());
    }

    static RuntimeException translate(StatusRuntimeException e) {
        Map<String, String> info = GrpcErrors.errorInfo(e);
        Status.Code code = e.getStatus().getCode();
        if (code == Status.Code.UNAVAILABLE && "SOURCE_DOWNLOAD_FAILED".equals(info.get("reason"))) {
            // designation-lists answered: the government server did not
            Problem p = new Problem(502, "SOURCE_DOWNLOAD_FAILED", info.getOrDefault("message", "the source could not be downloaded"), null);
            info.forEach((k, v) -> {
                if (!k.equals("reason") && !k.equals("message") && !k.equals("code")) {
                    p.with(k, v);
                }
            });
            return p;
        }
        return switch (code) {
            case UNAVAILABLE, DEADLINE_EXCEEDED, INTERNAL, UNKNOWN, UNIMPLEMENTED -> new DownstreamUnavailable("designation-lists",
                    "could not complete the refresh (" + code + "); the active list versions are unchanged");
            case ABORTED -> {
                Problem p = new Problem(409, info.getOrDefault("reason", "CONFLICT"), info.getOrDefault("message", "try again"), null);
                yield p.with("source", info.getOrDefault("source", ""));
            }
            default -> new DownstreamRejected(code, info);
        };
    }

    static SourceJson json(ListSource s) {
        return new SourceJson(s.getName(), s.getFormat(), s.getEnabled(), s.getKind(),
                s.getPartsList().stream().map(p -> new SourcePartJson(p.getPart(), p.getLocation(), emptyToNull(p.getEtag()),
                        emptyToNull(p.getLastModified()), p.getSizeBytes())).toList(),
                emptyToNull(s.getInterval()), s.getExcludedListsList(),
                s.getLastOutcome().getNumber() == 0 ? null : strip(s.getLastOutcome().name(), "SOURCE_OUTCOME_"),
                emptyToNull(s.getLastReason()), emptyToNull(s.getLastMessage()), time(s.hasLastAttemptTime(), s.getLastAttemptTime()),
                time(s.hasLastSuccessTime(), s.getLastSuccessTime()), time(s.hasLastImportTime(), s.getLastImportTime()),
                time(s.hasNextAttemptTime(), s.getNextAttemptTime()), s.getConsecutiveFailures(), emptyToNull(s.getChecksum()),
                s.getListVersionsList(), emptyToNull(s.getEffectiveOn()), s.getAwaitingConfirmation(), emptyToNull(s.getRefusedChecksum()));
    }

    private static String time(boolean present, Timestamp t) {
        return present ? Instant.ofEpochSecond(t.getSeconds(), t.getNanos()).toString() : null;
    }

    private static String strip(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
