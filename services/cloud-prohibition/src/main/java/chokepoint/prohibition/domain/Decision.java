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

    /**
     * Added to every milder reason of a PROHIBITED answer. Each reason's text speaks for its own authority ("no
     * prohibition on providing services", "review before provisioning", a carve-out); read alone beside a
     * prohibition, such a text could be taken to allow what the answer prohibits.
     */
    public static final String PROHIBITED_ELSEWHERE = " Another reason in this answer prohibits the service; this"
            + " reason does not lift that.";

    /**
     * Most restrictive wins (docs/rules.md); reasons are kept, ordered by severity (stable within a severity).
     * When the answer is PROHIBITED, every milder reason says so ({@link #PROHIBITED_ELSEWHERE}).
     */
    public static Decision of(List<Reason> reasons, List<String> programVersions) {
        List<Reason> sorted = reasons.stream()
                .sorted(Comparator.comparingInt((Reason r) -> r.verdict().severity()).reversed())
                .toList();
        Verdict v = Verdict.mostRestrictive(sorted.stream().map(Reason::verdict).toList());
        if (v == Verdict.PROHIBITED) {
            sorted = sorted.stream().map(r -> r.verdict() == Verdict.PROHIBITED ? r
                    : r.withExplanation(r.explanation() + PROHIBITED_ELSEWHERE)).toList();
        }
        return new Decision(v, sorted, programVersions);
    }

    public List<Reason> reasonsWith(ReasonCode code) {
        return reasons.stream().filter(r -> r.code() == code).toList();
    }

    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
