package chokepoint.prohibition.domain;

/** Band of a name match as decided by designation-lists. UNSPECIFIED is treated like POSSIBLE (fail closed). */
public enum MatchBand { UNSPECIFIED, MATCH, POSSIBLE, NO_MATCH }
