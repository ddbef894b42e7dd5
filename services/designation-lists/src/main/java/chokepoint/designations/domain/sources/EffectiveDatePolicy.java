package chokepoint.designations.domain.sources;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;

/**
 * Which date a fetched file is taken to be "as of" (the effective date of the list versions it
 * makes). None of the official CSV files carries its publication date inside, so the server's
 * word is the best evidence there is.
 */
public enum EffectiveDatePolicy {
    /**
     * The HTTP {@code Last-Modified} date (for a watched directory: the file's modification
     * time), in UTC; the newest one over the parts of a multi-part source. When no part has one,
     * or it lies in the future (a wrong server clock), the fetch date.
     */
    LAST_MODIFIED,
    /** The date of the fetch, in UTC. */
    FETCH_DATE;

    /**
     * @param lastModified the parts' Last-Modified times (nulls ignored)
     * @param fetchedAt    when the download finished
     */
    public LocalDate effectiveOn(Collection<Instant> lastModified, Instant fetchedAt) {
        LocalDate fetchDate = LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC);
        if (this == FETCH_DATE) {
            return fetchDate;
        }
        Instant newest = lastModified.stream().filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        if (newest == null || newest.isAfter(fetchedAt)) {
            return fetchDate;
        }
        return LocalDate.ofInstant(newest, ZoneOffset.UTC);
    }
}
