package chokepoint.designations.adapter.fetch;

import chokepoint.designations.domain.sources.Backoff;

import java.time.Duration;

/** Timeouts, retries and limits of the fetchers. */
public record FetchSettings(Duration connectTimeout, Duration responseTimeout, Duration readTimeout, int maxAttempts,
                            Backoff backoff, long maxBytes, String userAgent, Duration settle) {
}
