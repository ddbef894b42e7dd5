package chokepoint.designations.domain;

/** What kind of party a designation or a query names. Evidence in matching, never a filter. */
public enum PartyKind {
    ORGANIZATION,
    PERSON,
    VESSEL,
    AIRCRAFT,
    /** The source did not say. */
    UNKNOWN
}
