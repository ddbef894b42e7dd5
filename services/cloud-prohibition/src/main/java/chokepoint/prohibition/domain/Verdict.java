package chokepoint.prohibition.domain;

import java.util.Collection;

/**
 * What a reason (or a whole decision) demands. Most restrictive first:
 * PROHIBITED > LICENSE_REQUIRED > REVIEW > CLEAR. NOTE is informational: it is recorded and shown but
 * never changes a decision, which is always one of the four others.
 */
public enum Verdict {
    NOTE(0),
    CLEAR(1),
    REVIEW(2),
    LICENSE_REQUIRED(3),
    PROHIBITED(4);

    private final int severity;

    Verdict(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public boolean isMoreRestrictiveThan(Verdict other) {
        return severity > other.severity;
    }

    /** The more restrictive of two verdicts; a NOTE counts as CLEAR. */
    public static Verdict mostRestrictive(Verdict a, Verdict b) {
        Verdict x = a == null || a == NOTE ? CLEAR : a;
        Verdict y = b == null || b == NOTE ? CLEAR : b;
        return x.severity >= y.severity ? x : y;
    }

    /** Most restrictive of all; CLEAR when empty or only NOTEs. */
    public static Verdict mostRestrictive(Collection<Verdict> verdicts) {
        Verdict result = CLEAR;
        for (Verdict v : verdicts) {
            result = mostRestrictive(result, v);
        }
        return result;
    }
}
