package chokepoint.designations.domain.sources;

import java.time.Duration;

/**
 * Waits between attempts. Within one refresh: exponential from {@code initial}, doubled per
 * attempt up to {@code max}, with "equal jitter" (half fixed, half random) so that many
 * replicas or services retrying the same government server do not hit it in lock-step; a
 * server's Retry-After is honoured when it asks for longer. Between refreshes after a failed
 * one: {@code failureRetry} doubled per failure in a row, never later than the normal interval.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        if (initial.isNegative() || max.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative");
        }
    }

    /**
     * The wait before attempt {@code attempt + 1} after attempt {@code attempt} (1-based) failed.
     *
     * @param jitter a random sample in [0, 1)
     */
    public Duration beforeRetry(int attempt, double jitter) {
        Duration base = exponential(initial, attempt - 1, max);
        long half = base.toMillis() / 2;
        return Duration.ofMillis(half + Math.round((base.toMillis() - half) * clamp(jitter)));
    }

    /** The wait, honouring a server's Retry-After when it is longer than our own backoff. */
    public Duration beforeRetry(int attempt, double jitter, Duration retryAfter) {
        Duration own = beforeRetry(attempt, jitter);
        return retryAfter != null && retryAfter.compareTo(own) > 0 ? retryAfter : own;
    }

    /** When to try a source again after {@code consecutiveFailures} (>= 1) failed refreshes in a row. */
    public static Duration afterFailedRefresh(int consecutiveFailures, Duration failureRetry, Duration interval) {
        return exponential(failureRetry, Math.max(0, consecutiveFailures - 1), interval);
    }

    static Duration exponential(Duration base, int doublings, Duration cap) {
        if (base.isZero()) {
            return Duration.ZERO;
        }
        long ms = base.toMillis();
        for (int i = 0; i < doublings && ms < cap.toMillis(); i++) {
            ms = ms * 2;
        }
        return Duration.ofMillis(Math.min(ms, cap.toMillis()));
    }

    private static double clamp(double d) {
        return d < 0 ? 0 : d >= 1 ? 0.999999 : d;
    }
}
