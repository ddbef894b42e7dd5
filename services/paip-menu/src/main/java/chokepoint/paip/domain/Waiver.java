package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A national interest waiver, 50 U.S.C. 1709(c): lifts the package's effects from {@code waivedOn}; the
 * justification is the (c)(1) national-interest determination; Congress must be notified, with the reasons, not
 * more than 15 days after the waiver ((c)(2)).
 */
public record Waiver(LocalDate waivedOn, String justification, LocalDate congressNoticeDue) {
    public Waiver {
        Objects.requireNonNull(waivedOn, "waivedOn");
        justification = Party.nz(justification);
        Objects.requireNonNull(congressNoticeDue, "congressNoticeDue");
    }

    /** (c)(2): the last day to notify the appropriate congressional committees. */
    public static LocalDate noticeDue(LocalDate waivedOn) {
        return waivedOn.plusDays(Statute.WAIVER_NOTICE_DAYS);
    }
}
