package chokepoint.designations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a designation must hold before it is written. Each violation names the field and an
 * UPPER_SNAKE reason, so a bad write is refused whole and the caller can see why.
 */
public final class DesignationRules {

    /** Longer names are not names; bounding them also bounds matching work. */
    public static final int MAX_NAME_LENGTH = 1_000;
    public static final int MAX_ALIASES = 500;
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public record Violation(String field, String reason, String message) {
    }

    private DesignationRules() {
    }

    public static List<Violation> check(String list, DesignationData d) {
        List<Violation> out = new ArrayList<>();
        if (Lists.find(list).isEmpty()) {
            out.add(new Violation("list", "UNKNOWN_LIST", "unknown list '" + list + "'; known: "
                    + String.join(", ", Lists.known().keySet()) + ", or custom:<name>"));
        }
        checkName("name", d.name(), out);
        if (d.aliases().size() > MAX_ALIASES) {
            out.add(new Violation("aliases", "TOO_MANY_ALIASES", "at most " + MAX_ALIASES + " aliases"));
        }
        for (int i = 0; i < d.aliases().size(); i++) {
            checkName("aliases[" + i + "]", d.aliases().get(i).name(), out);
        }
        for (int i = 0; i < d.countries().size(); i++) {
            String c = d.countries().get(i);
            if (c == null || !ISO2.matcher(c).matches()) {
                out.add(new Violation("countries[" + i + "]", "INVALID_COUNTRY",
                        "country must be an ISO 3166-1 alpha-2 code such as CN"));
            }
        }
        for (int i = 0; i < d.identifiers().size(); i++) {
            Identifier id = d.identifiers().get(i);
            if (id.value().isBlank() || id.scheme().isBlank()) {
                out.add(new Violation("identifiers[" + i + "]", "INVALID_IDENTIFIER", "identifier needs a scheme and a value"));
            }
        }
        return out;
    }

    static void checkName(String field, String name, List<Violation> out) {
        if (name == null || name.isBlank()) {
            out.add(new Violation(field, "MISSING_NAME", field + " is required"));
            return;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            out.add(new Violation(field, "NAME_TOO_LONG", field + " is longer than " + MAX_NAME_LENGTH + " characters"));
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isISOControl(ch) || Character.isSurrogate(ch)
                    && !(Character.isHighSurrogate(ch) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1)))
                    && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(name.charAt(i - 1)))) {
                out.add(new Violation(field, "INVALID_CHARACTERS", field + " contains control characters or broken Unicode"));
                return;
            }
        }
    }
}
