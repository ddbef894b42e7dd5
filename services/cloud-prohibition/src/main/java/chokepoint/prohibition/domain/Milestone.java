package chokepoint.prohibition.domain;

import java.time.LocalDate;

/**
 * A dated consequence of a program, as data: either a fixed date (NDAA FY2024 sec. 805: 2026-06-30) or an
 * offset from the designation's listing date (EO 14032: purchases prohibited 60 days after listing).
 */
public record Milestone(String label, LocalDate fixedDate, Integer daysAfterListing, String citation) {
    public static Milestone on(String label, LocalDate date, String citation) {
        return new Milestone(label, date, null, citation);
    }

    public static Milestone afterListing(String label, int days, String citation) {
        return new Milestone(label, null, days, citation);
    }

    /** The date for a given listing date, or null when it cannot be computed. */
    public LocalDate dateFor(LocalDate listingDate) {
        if (fixedDate != null) {
            return fixedDate;
        }
        return listingDate == null || daysAfterListing == null ? null : listingDate.plusDays(daysAfterListing);
    }

    /** "label: 2026-06-30 (in force)" / "(from 2026-06-30, not yet in force)". */
    public String describe(LocalDate listingDate, LocalDate asOf) {
        LocalDate d = dateFor(listingDate);
        if (d == null) {
            return label + ": date unknown (listing date missing) (" + citation + ")";
        }
        String state = asOf.isBefore(d) ? "not yet reached on " + asOf : "reached on " + asOf;
        return label + ": " + d + " (" + state + "; " + citation + ")";
    }
}
