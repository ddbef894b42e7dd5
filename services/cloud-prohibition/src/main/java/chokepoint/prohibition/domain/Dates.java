package chokepoint.prohibition.domain;

import java.time.LocalDate;

/** Effective windows: from inclusive, to exclusive; a null bound is open. */
public final class Dates {
    private Dates() {
    }

    public static boolean inForce(LocalDate from, LocalDate to, LocalDate asOf) {
        return (from == null || !asOf.isBefore(from)) && (to == null || asOf.isBefore(to));
    }
}
