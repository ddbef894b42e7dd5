package chokepoint.gateway.domain;

/**
 * A screening verdict, least restrictive first, so "most restrictive wins" is a max().
 * NOTE is informational: shown and recorded, never decisive.
 */
public enum Verdict {
    NOTE,
    CLEAR,
    REVIEW,
    LICENSE_REQUIRED,
    PROHIBITED;

    public static Verdict mostRestrictive(Iterable<Verdict> verdicts) {
        Verdict out = CLEAR;
        for (Verdict v : verdicts) {
            if (v != NOTE && v.compareTo(out) > 0) {
                out = v;
            }
        }
        return out;
    }
}
