package chokepoint.gateway.domain;

import java.util.List;

/**
 * The gateway's own rule over the reasons it receives (docs/architecture.md, step 4):
 * the most restrictive reason wins; a screening whose checks did not all complete is never
 * CLEAR. The gateway answers such a screening with 503 DEPENDENCY_UNAVAILABLE instead of a
 * verdict, so {@link #combine} is only called with complete facts; it still refuses to
 * produce CLEAR when told the facts are incomplete.
 */
public final class VerdictPolicy {

    private VerdictPolicy() {
    }

    public static Verdict combine(List<Verdict> reasonVerdicts, boolean checksComplete) {
        Verdict v = Verdict.mostRestrictive(reasonVerdicts);
        if (!checksComplete && v == Verdict.CLEAR) {
            return Verdict.REVIEW;
        }
        return v;
    }
}
