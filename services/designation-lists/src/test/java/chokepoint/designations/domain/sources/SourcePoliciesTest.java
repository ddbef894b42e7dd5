package chokepoint.designations.domain.sources;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure decisions of list sources: backoff, Retry-After, effective dates, refresh memo. */
class SourcePoliciesTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(2));

    @Test
    void backoffDoublesPerAttemptWithHalfOfItJitteredAndStopsAtTheCap() {
        // attempt 1 waits between 1 s and 2 s, attempt 2 between 2 s and 4 s, ...
        assertThat(backoff.beforeRetry(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.beforeRetry(1, 0.999999)).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(backoff.beforeRetry(2, 0.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.beforeRetry(3, 0.5)).isEqualTo(Duration.ofSeconds(6));
        assertThat(backoff.beforeRetry(30, 0.999999)).isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.beforeRetry(30, 0.0)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aLongerRetryAfterWinsOverOurOwnBackoff() {
        assertThat(backoff.beforeRetry(1, 0.0, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.beforeRetry(3, 0.0, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.beforeRetry(3, 0.0, null)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void afterFailedRefreshesTheNextTryDoublesButNeverWaitsLongerThanTheInterval() {
        Duration retry = Duration.ofMinutes(5);
        Duration interval = Duration.ofHours(6);
        assertThat(Backoff.afterFailedRefresh(1, retry, interval)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Backoff.afterFailedRefresh(2, retry, interval)).isEqualTo(Duration.ofMinutes(10));
        assertThat(Backoff.afterFailedRefresh(4, retry, interval)).isEqualTo(Duration.ofMinutes(40));
        assertThat(Backoff.afterFailedRefresh(50, retry, interval)).isEqualTo(interval);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Fri, 27 Nov 2026 11:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isEmpty();
    }

    @Test
    void httpDatesRoundTripInTheFixedFormat() {
        Instant t = Instant.parse("2026-07-01T08:05:09Z");
        assertThat(HttpDates.format(t)).isEqualTo("Wed, 01 Jul 2026 08:05:09 GMT");
        assertThat(HttpDates.parse(HttpDates.format(t))).contains(t);
    }

    @Test
    void theEffectiveDateIsTheNewestLastModifiedElseTheFetchDateInUtc() {
        Instant fetched = Instant.parse("2026-08-02T01:30:00Z");
        List<Instant> lm = Arrays.asList(Instant.parse("2026-07-30T22:00:00Z"), null, Instant.parse("2026-07-31T23:59:59Z"));
        assertThat(EffectiveDatePolicy.LAST_MODIFIED.effectiveOn(lm, fetched)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(EffectiveDatePolicy.LAST_MODIFIED.effectiveOn(Arrays.asList((Instant) null), fetched)).isEqualTo(LocalDate.of(2026, 8, 2));
        assertThat(EffectiveDatePolicy.FETCH_DATE.effectiveOn(lm, fetched)).isEqualTo(LocalDate.of(2026, 8, 2));
        // a server clock in the future is not believed
        assertThat(EffectiveDatePolicy.LAST_MODIFIED.effectiveOn(List.of(Instant.parse("2027-01-01T00:00:00Z")), fetched))
                .isEqualTo(LocalDate.of(2026, 8, 2));
    }

    @Test
    void aRefusedFileIsNotOfferedAgainUntilItChangesOrIsConfirmed() {
        assertThat(RefreshPolicy.afterDownload("b", "a", "b", false)).isEqualTo(RefreshPolicy.Action.STILL_REFUSED);
        assertThat(RefreshPolicy.afterDownload("b", "a", "b", true)).isEqualTo(RefreshPolicy.Action.IMPORT);
        assertThat(RefreshPolicy.afterDownload("c", "a", "b", false)).isEqualTo(RefreshPolicy.Action.IMPORT);
        assertThat(RefreshPolicy.afterDownload("a", "a", "b", false)).isEqualTo(RefreshPolicy.Action.UNCHANGED);
        assertThat(RefreshPolicy.afterDownload("a", null, null, false)).isEqualTo(RefreshPolicy.Action.IMPORT);
        assertThat(RefreshPolicy.afterNotModified(true)).isEqualTo(SourceOutcome.REFUSED);
        assertThat(RefreshPolicy.afterNotModified(false)).isEqualTo(SourceOutcome.NOT_MODIFIED);
    }

    @Test
    void theNextAttemptIsOneIntervalLaterExceptAfterAFailureOrWhenTheServerAskedForMore() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        Duration interval = Duration.ofHours(6);
        Duration retry = Duration.ofMinutes(5);
        assertThat(RefreshPolicy.nextAttempt(SourceOutcome.IMPORTED, now, interval, 0, retry, null)).isEqualTo(now.plus(interval));
        assertThat(RefreshPolicy.nextAttempt(SourceOutcome.REFUSED, now, interval, 0, retry, null)).isEqualTo(now.plus(interval));
        assertThat(RefreshPolicy.nextAttempt(SourceOutcome.FAILED, now, interval, 2, retry, null)).isEqualTo(now.plusSeconds(600));
        Instant asked = now.plus(Duration.ofHours(1));
        assertThat(RefreshPolicy.nextAttempt(SourceOutcome.FAILED, now, interval, 1, retry, asked)).isEqualTo(asked);
    }
}
