package chokepoint.designations.domain.sources;

/** What a refresh of a list source ended with. */
public enum SourceOutcome {
    /** A new file was imported (at least one list version made or confirmed). */
    IMPORTED,
    /** The server answered 304 Not Modified, or the watched file did not change. */
    NOT_MODIFIED,
    /** The download is the content already imported: nothing to do. */
    UNCHANGED,
    /** Downloaded whole but refused by the importer: waits for an operator's confirmation. */
    REFUSED,
    /** The download failed (after retries) or the source is misconfigured: nothing imported. */
    FAILED;

    /** The source answered with content that is active (freshness confirmed). */
    public boolean confirmsActiveContent() {
        return this == IMPORTED || this == NOT_MODIFIED || this == UNCHANGED;
    }
}
