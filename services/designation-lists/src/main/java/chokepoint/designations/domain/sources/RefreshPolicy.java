package chokepoint.designations.domain.sources;

import java.time.Duration;
import java.time.Instant;

/**
 * The decisions of a refresh that do not need I/O: whether a downloaded file is imported,
 * and when the source is tried next.
 *
 * <p>A file the importer refused (it would remove more than the allowed share of a list, is
 * older than the active version, or does not parse) is remembered by its checksum: the same
 * content is not offered to the importer again on every tick, it waits for an operator's
 * confirmation ({@code force}). A different file is tried as usual, and the file that is
 * already imported counts as unchanged.
 */
public final class RefreshPolicy {

    private RefreshPolicy() {
    }

    public enum Action {
        /** Offer the file to the importer. */
        IMPORT,
        /** It is the content last imported (or confirmed): nothing to do. */
        UNCHANGED,
        /** It is the content last refused: keep waiting for confirmation, do not re-import. */
        STILL_REFUSED
    }

    public static Action afterDownload(String checksum, String importedChecksum, String refusedChecksum, boolean force) {
        if (force) {
            return Action.IMPORT;
        }
        if (checksum.equals(importedChecksum)) {
            return Action.UNCHANGED;
        }
        if (checksum.equals(refusedChecksum)) {
            return Action.STILL_REFUSED;
        }
        return Action.IMPORT;
    }

    /** A 304 (or an untouched file) repeats the last verdict on the content: refused stays refused. */
    public static SourceOutcome afterNotModified(boolean awaitingConfirmation) {
        return awaitingConfirmation ? SourceOutcome.REFUSED : SourceOutcome.NOT_MODIFIED;
    }

    /**
     * When the scheduler tries the source next: one interval after anything but a failure;
     * after a failure the failure backoff (doubling per failure in a row, at most one interval),
     * or later when the server asked for it with Retry-After.
     */
    public static Instant nextAttempt(SourceOutcome outcome, Instant now, Duration interval, int consecutiveFailures,
                                      Duration failureRetry, Instant notBefore) {
        Instant next = outcome == SourceOutcome.FAILED
                ? now.plus(Backoff.afterFailedRefresh(consecutiveFailures, failureRetry, interval))
                : now.plus(interval);
        return notBefore != null && notBefore.isAfter(next) ? notBefore : next;
    }
}
