package chokepoint.prohibition.domain;

/** License review policy of an Entity List / MEU entry (15 CFR 744.11(b), Supp. 4 to part 744). */
public enum LicenseReviewPolicy {
    UNSPECIFIED(0, "not stated"),
    PRESUMPTION_OF_APPROVAL(1, "presumption of approval"),
    CASE_BY_CASE(2, "case-by-case review"),
    OTHER(3, "as stated in the entry"),
    PRESUMPTION_OF_DENIAL(4, "presumption of denial"),
    POLICY_OF_DENIAL(5, "policy of denial");

    private final int strictness;
    private final String text;

    LicenseReviewPolicy(int strictness, String text) {
        this.strictness = strictness;
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** With several listed owners the most restrictive policy applies (Supp. 8 to part 744). */
    public static LicenseReviewPolicy mostRestrictive(LicenseReviewPolicy a, LicenseReviewPolicy b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.strictness >= b.strictness ? a : b;
    }
}
