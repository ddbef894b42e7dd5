package chokepoint.designations.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A designation as it stood on one date: its stable id, its list, the text in force, and the
 * dates that bound that text. {@code removedOn} is set when the party was delisted.
 */
public record Designation(
        String id,
        String list,
        String authority,
        DesignationData data,
        LocalDate effectiveFrom,
        LocalDate removedOn,
        String removalReason,
        String sourceRecordId,
        int revision,
        Instant recordedAt,
        String listVersion) {

    /** In force on the date: on or after its start, and before any removal. */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (removedOn == null || day.isBefore(removedOn));
    }
}
