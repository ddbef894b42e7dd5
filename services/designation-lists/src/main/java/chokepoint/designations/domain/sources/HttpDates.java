package chokepoint.designations.domain.sources;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** HTTP-dates (RFC 9110 §5.6.7), as in Last-Modified, If-Modified-Since and Retry-After. */
public final class HttpDates {

    private HttpDates() {
    }

    /** An HTTP-date (IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"), or empty when unreadable. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    /** An instant as an IMF-fixdate HTTP-date ("Sun, 06 Nov 1994 08:49:37 GMT"), to the second. */
    public static String format(Instant at) {
        return IMF_FIXDATE.format(at.atZone(ZoneOffset.UTC));
    }
}
