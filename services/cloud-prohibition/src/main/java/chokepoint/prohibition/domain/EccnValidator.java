package chokepoint.prohibition.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Export Control Classification Numbers (15 CFR 738.2(d)): a category digit 0-9, a product group letter
 * A-E, three digits, optionally a paragraph suffix (".a", ".a.1", ".b.2.c"); or "EAR99" (734.3(c)).
 */
public final class EccnValidator {
    public static final String CITATION = "15 CFR 738.2(d); 734.3(c) (EAR99)";
    private static final Pattern ECCN = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9]{1,3})*");

    private EccnValidator() {
    }

    /** Normalizes case ("3a090.a" becomes "3A090.a", "ear99" becomes "EAR99"); returns null for blank input. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        if (s.equalsIgnoreCase("EAR99")) {
            return "EAR99";
        }
        if (s.length() >= 5) {
            s = s.substring(0, 5).toUpperCase(Locale.ROOT) + s.substring(5).toLowerCase(Locale.ROOT);
        }
        return s;
    }

    public static boolean isValid(String eccn) {
        String s = normalize(eccn);
        return s != null && (s.equals("EAR99") || ECCN.matcher(s).matches());
    }

    /** Validates the ECCN a service request carries: required for EAR_ITEM_EXPORT, well-formed if present. */
    public static Optional<InvalidRequest> validate(ServiceType type, String eccn, String field) {
        if (eccn == null || eccn.isBlank()) {
            return type == ServiceType.EAR_ITEM_EXPORT
                    ? Optional.of(new InvalidRequest(ValidationCode.ECCN_REQUIRED, field,
                    "an EAR item export needs its ECCN (or EAR99)"))
                    : Optional.empty();
        }
        if (!isValid(eccn)) {
            return Optional.of(new InvalidRequest(ValidationCode.ECCN_INVALID_FORMAT, field,
                    "expected digit 0-9, letter A-E, three digits, optional suffix like .a.1, or EAR99 ("
                            + CITATION + ")"));
        }
        return Optional.empty();
    }
}
