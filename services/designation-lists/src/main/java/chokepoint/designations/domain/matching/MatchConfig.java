package chokepoint.designations.domain.matching;

/**
 * Matcher thresholds and work bounds.
 *
 * @param matchThreshold    score at or above which a comparison is {@link Band#MATCH}
 * @param possibleThreshold score at or above which it is {@link Band#POSSIBLE}
 * @param maxCandidates     aliases rescored per query after index retrieval (bounded work)
 * @param maxNameLength     names longer than this (UTF-16 chars) are rejected with
 *                          {@link InvalidNameException.Reason#TOO_LONG}
 */
public record MatchConfig(double matchThreshold, double possibleThreshold, int maxCandidates, int maxNameLength) {

    /** Thresholds set from the evaluation in docs/matching.md. */
    public static MatchConfig defaults() {
        return new MatchConfig(0.80, 0.75, 15, 1000);
    }

    public MatchConfig {
        if (!(possibleThreshold > 0 && possibleThreshold <= matchThreshold && matchThreshold <= 1.0)) {
            throw new IllegalArgumentException("need 0 < possibleThreshold <= matchThreshold <= 1");
        }
        if (maxCandidates < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("maxCandidates and maxNameLength must be positive");
        }
    }

    public Band band(double score) {
        return score >= matchThreshold ? Band.MATCH : score >= possibleThreshold ? Band.POSSIBLE : Band.NO_MATCH;
    }
}
