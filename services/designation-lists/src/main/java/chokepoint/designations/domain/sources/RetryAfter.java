package chokepoint.designations.domain.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The HTTP Retry-After header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The delay the server asks for, or empty when the header is absent or unreadable. */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than a long: not a delay anyone means
            }
        }
        return HttpDates.parse(v).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }
}
