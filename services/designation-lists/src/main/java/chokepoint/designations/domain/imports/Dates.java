package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;

import java.time.DateTimeException;
import java.time.LocalDate;

/** ISO dates (yyyy-MM-dd) of list files; anything else is BAD_DATE. */
final class Dates {

    private Dates() {
    }

    static LocalDate iso(String value, String part, long line, String column) throws ImportException {
        String v = Text.clean(value);
        if (v == null) {
            return null;
        }
        if (v.length() >= 10 && v.length() <= 25 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            // tolerate a time part ("2021-06-03T00:00:00") as the JSON export sometimes carries
            String d = v.substring(0, 10);
            if (v.length() == 10 || v.charAt(10) == 'T' || v.charAt(10) == ' ') {
                try {
                    return LocalDate.parse(d);
                } catch (DateTimeException e) {
                    // fall through
                }
            }
        }
        throw new ImportException(Reason.BAD_DATE, part, line,
                "column '" + column + "' holds '" + v + "', expected a date as yyyy-MM-dd");
    }
}
