package chokepoint.designations.domain.ownership;

import java.time.LocalDate;

/** Half-open validity intervals [from, to): the convention for every dated fact here. */
final class Dates {
    private Dates() {
    }

    static boolean inForce(LocalDate from, LocalDate toExclusive, LocalDate asOf) {
        return (from == null || !asOf.isBefore(from)) && (toExclusive == null || asOf.isBefore(toExclusive));
    }
}
