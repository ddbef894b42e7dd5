package chokepoint.prohibition.domain;

import java.time.LocalDate;

/** Health of one list the deployment screens against (mirror of designations.v1.ListStatus). */
public record ListStatus(String list, boolean loaded, boolean stale, String versionId, LocalDate effectiveOn) {
    public ListStatus {
        list = list == null ? "" : list;
        versionId = versionId == null ? "" : versionId;
    }

    public static ListStatus fresh(String list) {
        return new ListStatus(list, true, false, list + "@test", null);
    }
}
