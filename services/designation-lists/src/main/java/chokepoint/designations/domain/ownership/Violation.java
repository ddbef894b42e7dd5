package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rejected input: the field, why, and for sum checks the date and the sum. */
public record Violation(String field, String message, LocalDate date, BigDecimal sum) {
    public static Violation of(String field, String message) {
        return new Violation(field, message, null, null);
    }
}
