package chokepoint.gateway.adapter.rest;

import chokepoint.api.designations.v1.ListListVersionsRequest;
import chokepoint.api.designations.v1.ListListVersionsResponse;
import chokepoint.api.designations.v1.ListVersion;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.domain.ScreeningInputRules;
import chokepoint.gateway.domain.ScreeningInputRules.Violation;
import com.google.protobuf.util.Timestamps;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * GET /v1/lists/{list}/versions: the versions of one list, newest first, each with the file's
 * checksum, its as-of date and what it added, changed and removed ({@code -} for every list,
 * AIP-159). Pages per AIP-158 ({@code pageSize} up to 1000, {@code pageToken}).
 */
@Path("/v1/lists/{list}/versions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ListVersionResource {

    public record ListVersionJson(String id, String list, String effectiveOn, String loadedAt, String checksum, String format,
                                  int added, int changed, int removed, int unchanged, String source) {
    }

    public record ListVersionPageJson(List<ListVersionJson> versions, String nextPageToken) {
    }

    @Inject
    Downstream downstream;

    @Inject
    Auth auth;

    @GET
    @RolesAllowed({"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin"})
    public ListVersionPageJson list(@PathParam("list") String list, @QueryParam("pageSize") Integer pageSize,
                                    @QueryParam("pageToken") String pageToken) {
        List<Violation> violations = ScreeningInputRules.newList();
        ScreeningInputRules.pageSize(pageSize, violations);
        if (!violations.isEmpty()) {
            throw RestMapper.problem(violations);
        }
        ListListVersionsResponse r = downstream.designations(auth.token(), s -> s.listListVersions(ListListVersionsRequest.newBuilder()
                .setList("-".equals(list) ? "" : list).setPageSize(pageSize == null ? 0 : pageSize)
                .setPageToken(pageToken == null ? "" : pageToken).build()));
        return new ListVersionPageJson(r.getVersionsList().stream().map(ListVersionResource::version).toList(),
                r.getNextPageToken().isEmpty() ? null : r.getNextPageToken());
    }

    static ListVersionJson version(ListVersion v) {
        return new ListVersionJson(v.getId(), v.getList(), v.getEffectiveOn(),
                v.hasLoadedAt() ? Timestamps.toString(v.getLoadedAt()) : null, v.getChecksum().isEmpty() ? null : v.getChecksum(),
                v.getFormat().isEmpty() ? null : v.getFormat(), v.getAdded(), v.getChanged(), v.getRemoved(), v.getUnchanged(),
                v.getSource().isEmpty() ? null : v.getSource());
    }
}
