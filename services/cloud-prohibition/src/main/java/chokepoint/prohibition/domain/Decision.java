package chokepoint.prohibition.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome: the most restrictive verdict of all reasons (never NOTE) and every reason that applied,
 * most restrictive first, plus the versions of the programs applied.
 */
public record Decision(Verdict verdict, List<Reason> reasons, List<String> programVersions) {
    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        programVersions = programVersions == null ? List.of() : List.copyOf(programVersions);
    }

    /** Most restrictive wins; reasons are kept, ordered by severity (stable within a severity). */
    public static Decision of(List<Reason> reasons, List<String> programVersions) {
        List<Reason> sorted = reasons.stream()
                .sorted(Comparator.comparingInt((Reason r) -> r.verdict().severity()).reversed())
                .toList();
        Verdict v = Verdict.mostRestrictive(sorted.stream().map(Reason::verdict).toList());
        return new Decision(v, sorted, programVersions);
    }

    public List<Reason> reasonsWith(ReasonCode code) {
        return reasons.stream().filter(r -> r.code() == code).toList();
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
