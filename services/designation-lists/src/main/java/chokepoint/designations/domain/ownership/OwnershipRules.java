package chokepoint.designations.domain.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.time.LocalDate;

/** The rule predicates, each a small pure function with its source. */
public final class OwnershipRules {
    public static final String OFAC_50_CITATION =
            "OFAC 50 Percent Rule (Revised Guidance, Aug. 13, 2014; FAQs 398-402)";
    public static final String AFFILIATES_CITATION = "15 CFR 744, Supp. 8 (90 FR 47201)";
    public static final String RED_FLAG_29_CITATION = "15 CFR 732, Supp. 3, red flag 29 (90 FR 47201); OFAC FAQ 398";

    private OwnershipRules() {
    }

    /**
     * OFAC 50 Percent Rule: an entity is blocked when blocked persons own, directly or indirectly,
     * individually or in the aggregate, 50 percent or more (Revised Guidance, Aug. 13, 2014; FAQ 399:
     * aggregated across programs). Also the Affiliates Rule threshold (Supp. 8 to part 744, para. (b)).
     */
    public static boolean crossesFiftyPercent(long aggregateMicros) {
        return aggregateMicros >= Percent.FIFTY;
    }

    /**
     * Whether a listing makes its entity a blocked person whose stakes count under the OFAC 50
     * Percent Rule: any blocking listing (SDN, PAIP blocking) in force, whatever the program (FAQ 399).
     */
    public static boolean blocksUnderOfac(Listing l, LocalDate asOf) {
        return l.blocking() && l.inForceOn(asOf);
    }

    /**
     * Whether a listing makes its entity an owner that counts under the Affiliates Rule (Supp. 8 to
     * part 744, para. (b)): Entity List (Supp. 4), MEU List (Supp. 7), or an SDN designated under a
     * program of 15 CFR 744.8(a)(1) (the configured set).
     */
    public static boolean countsUnderAffiliatesRule(Listing l, LocalDate asOf, OwnershipConfig config) {
        if (!l.inForceOn(asOf)) {
            return false;
        }
        if (Listing.ENTITY_LIST.equals(l.listId()) || Listing.MEU.equals(l.listId())) {
            return true;
        }
        return Listing.SDN.equals(l.listId()) && l.programs().stream().anyMatch(config.affiliateSdnPrograms()::contains);
    }

    /** Review policy an affiliate inherits from this listing (config default for SDN listings without one). */
    public static LicenseReviewPolicy inheritedPolicy(Listing l, OwnershipConfig config) {
        if (Listing.SDN.equals(l.listId()) && l.reviewPolicy() == LicenseReviewPolicy.UNSPECIFIED) {
            return config.sdnAffiliatePolicy();
        }
        return l.reviewPolicy();
    }

    /** License requirement text an affiliate inherits from this listing. */
    public static String inheritedRequirement(Listing l, OwnershipConfig config) {
        if (l.licenseRequirement() != null && !l.licenseRequirement().isBlank()) {
            return l.licenseRequirement();
        }
        return Listing.SDN.equals(l.listId()) ? config.sdnAffiliateRequirement() : "As in " + l.listId() + " entry " + l.designationId();
    }

    /**
     * Supp. 8 to part 744: with several listed owners the most restrictive license requirement and
     * review policy applies; {@link LicenseReviewPolicy} is ordered least to most restrictive.
     */
    public static LicenseReviewPolicy mostRestrictive(LicenseReviewPolicy a, LicenseReviewPolicy b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Red flag 29 (Supp. 3 to part 732): a significant minority stake by a listed party. */
    public static boolean significantMinority(long micros, OwnershipConfig config) {
        return micros >= Percent.toMicros(config.minorityRedFlagThreshold());
    }
}
