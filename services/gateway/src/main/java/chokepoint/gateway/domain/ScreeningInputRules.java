package chokepoint.gateway.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a screening request before anything is called or stored. Each violation names the
 * field and an UPPER_SNAKE reason.
 */
public final class ScreeningInputRules {

    public static final int MAX_NAME_LENGTH = 1_000;
    public static final int MAX_NAMES = 200;
    public static final int MAX_OWNERS = 100;
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public record Violation(String field, String reason, String message) {
    }

    private ScreeningInputRules() {
    }

    public static void name(String field, String value, boolean required, List<Violation> out) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Violation(field, "MISSING_NAME", field + " is required"));
            }
            return;
        }
        if (value.length() > MAX_NAME_LENGTH) {
            out.add(new Violation(field, "NAME_TOO_LONG", field + " is longer than " + MAX_NAME_LENGTH + " characters"));
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean brokenSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
            // tab and line breaks are whitespace to the matcher (TextNormalizer), and names come with them: the official
            // CSL itself lists "Mike Igor<TAB>a/k/a Maru Panchernikov". Other control characters are refused.
            boolean whitespace = c == '\t' || c == '\n' || c == '\r';
            if ((Character.isISOControl(c) && !whitespace) || brokenSurrogate) {
                out.add(new Violation(field, "INVALID_CHARACTERS", field + " contains control characters or broken Unicode"));
                return;
            }
        }
    }

    public static void country(String field, String value, List<Violation> out) {
        if (value != null && !value.isEmpty() && !ISO2.matcher(value).matches()) {
            out.add(new Violation(field, "INVALID_COUNTRY", field + " must be an ISO 3166-1 alpha-2 code such as CN"));
        }
    }

    public static LocalDate date(String field, String value, List<Violation> out) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            out.add(new Violation(field, "INVALID_DATE", field + " must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** Writes carry a request id, so that a retry never writes twice (AIP-155). */
    /** AIP-158 page size: absent or 0 means the server's default, at most 1,000. */
    public static void pageSize(Integer pageSize, List<Violation> out) {
        if (pageSize != null && (pageSize < 0 || pageSize > 1000)) {
            out.add(new Violation("pageSize", "INVALID_PAGE_SIZE", "pageSize must be between 0 and 1000"));
        }
    }

    public static void requestId(String requestId, List<Violation> out) {
        if (requestId == null || requestId.isBlank()) {
            out.add(new Violation("requestId", "MISSING_REQUEST_ID", "requestId is required for writes"));
        }
    }

    /** A fact's validity: effectiveFrom required, effectiveTo optional and after it (exclusive end). */
    public static void validity(String effectiveFrom, String effectiveTo, List<Violation> out) {
        if (effectiveFrom == null) {
            out.add(new Violation("effectiveFrom", "MISSING_FIELD", "effectiveFrom is required"));
        }
        LocalDate from = date("effectiveFrom", effectiveFrom, out);
        LocalDate to = date("effectiveTo", effectiveTo, out);
        if (from != null && to != null && !to.isAfter(from)) {
            out.add(new Violation("effectiveTo", "DATES_OUT_OF_ORDER", "effectiveTo must be after effectiveFrom"));
        }
    }

    /** Percent as an exact decimal string: greater than 0, at most 100. */
    public static java.math.BigDecimal percent(String field, String value, List<Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(new Violation(field, "MISSING_PERCENT", field + " is required unless percentUnknown is true"));
            return null;
        }
        try {
            java.math.BigDecimal p = new java.math.BigDecimal(value.strip());
            if (p.signum() <= 0 || p.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
                out.add(new Violation(field, "PERCENT_OUT_OF_RANGE", field + " must be greater than 0 and at most 100"));
                return null;
            }
            return p;
        } catch (NumberFormatException e) {
            out.add(new Violation(field, "INVALID_PERCENT", field + " must be a decimal number such as \"50\" or \"33.33\""));
            return null;
        }
    }

    public static List<Violation> newList() {
        return new ArrayList<>();
    }
}
