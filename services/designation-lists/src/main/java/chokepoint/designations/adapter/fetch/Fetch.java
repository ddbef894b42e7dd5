package chokepoint.designations.adapter.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The result of fetching every part of a source: nothing new, or the whole file set. */
public sealed interface Fetch {

    /** Requests made (attempts included). */
    int requests();

    /** Every part answered 304 Not Modified (or every watched file is untouched). */
    record NotModified(int requests) implements Fetch {
    }

    /**
     * Every part downloaded completely (plain bytes: Content-Encoding and gzip files undone and
     * checked), with the validators of what was downloaded.
     */
    record Downloaded(Map<String, byte[]> content, Map<String, PartState> validators, List<Instant> lastModified,
                      Instant fetchedAt, int requests) implements Fetch {
    }
}
