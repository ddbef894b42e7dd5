package chokepoint.designations.domain;

import java.util.Locale;

/**
 * License review policy of an Entity List or MEU entry (15 CFR 744.11(b); the "License
 * review policy" column of Supp. 4 to part 744). Ordered from least to most restrictive so
 * that "most restrictive wins" is a max().
 */
public enum LicenseReviewPolicy {
    UNSPECIFIED,
    PRESUMPTION_OF_APPROVAL,
    CASE_BY_CASE,
    OTHER,
    PRESUMPTION_OF_DENIAL,
    POLICY_OF_DENIAL;

    /** Reads the published wording ("Presumption of denial.", "Case-by-case review ..."). */
    public static LicenseReviewPolicy fromText(String text) {
        if (text == null || text.isBlank()) {
            return UNSPECIFIED;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("policy of denial")) {
            return POLICY_OF_DENIAL;
        }
        if (t.contains("presumption of denial")) {
            return PRESUMPTION_OF_DENIAL;
        }
        if (t.contains("case-by-case") || t.contains("case by case")) {
            return CASE_BY_CASE;
        }
        if (t.contains("presumption of approval")) {
            return PRESUMPTION_OF_APPROVAL;
        }
        return OTHER;
    }

    /** As a reader would write it ("presumption of denial"). */
    public String text() {
        return this == UNSPECIFIED ? "not stated" : this == OTHER ? "as stated in the entry"
                : name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("case by case", "case-by-case");
    }

    public boolean isMoreRestrictiveThan(LicenseReviewPolicy other) {
        return compareTo(other) > 0;
    }
}
