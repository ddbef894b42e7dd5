package chokepoint.designations.adapter.fetch;

import java.time.Instant;

/**
 * A source could not be fetched whole. Nothing of it may be imported. {@code reason} is an
 * UPPER_SNAKE code (HTTP_503, TRUNCATED_DOWNLOAD, TIMEOUT, CONNECT_FAILED, TOO_LARGE, ...).
 */
public class FetchFailed extends Exception {

    private final String reason;
    private final String part;
    private final int requests;
    private final Instant notBefore;

    public FetchFailed(String reason, String part, int requests, Instant notBefore, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.part = part;
        this.requests = requests;
        this.notBefore = notBefore;
    }

    public String reason() {
        return reason;
    }

    /** The part that failed. */
    public String part() {
        return part;
    }

    /** Requests made before giving up. */
    public int requests() {
        return requests;
    }

    /** When the server asked not to be tried again before (Retry-After), or null. */
    public Instant notBefore() {
        return notBefore;
    }
}
