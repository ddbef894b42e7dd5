package chokepoint.designations.domain.matching;

/** Outcome band of a name comparison. MATCH and POSSIBLE thresholds live in {@link MatchConfig}. */
public enum Band {
    MATCH,
    POSSIBLE,
    NO_MATCH
}
