package chokepoint.designations.domain.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration data of the ownership rules.
 *
 * @param affiliateSdnPrograms     SDN program tags whose designees count as owners under the BIS
 *                                 Affiliates Rule: "SDNs designated under programs listed in
 *                                 15 CFR 744.8(a)(1)" (Supp. 8 to part 744, para. (b))
 * @param minorityRedFlagThreshold a listed owner holding at least this percentage (and the entity
 *                                 not already blocked / an affiliate) raises red flag 29
 * @param sdnAffiliatePolicy       review policy an affiliate inherits from a 744.8(a)(1) SDN owner whose
 *                                 listing carries none (SDN data has no policy column)
 * @param sdnAffiliateRequirement  license requirement text inherited from such an SDN owner
 * @param affiliatesSchedule       when the Affiliates Rule applies
 */
public record OwnershipConfig(Set<String> affiliateSdnPrograms, BigDecimal minorityRedFlagThreshold,
                              LicenseReviewPolicy sdnAffiliatePolicy, String sdnAffiliateRequirement,
                              AffiliatesRuleSchedule affiliatesSchedule) {

    /**
     * Default 744.8(a)(1) program set: the fourteen OFAC programs BIS brought under 15 CFR 744.8 by
     * 89 FR 20107 (Mar. 21, 2024) and to which 90 FR 47201 extends the 50% standard: Russia/Ukraine/
     * Belarus E.O.s 13405, 13660, 13661, 13662, 13685, 14024, 14038; Foreign Terrorist Organizations
     * (31 CFR 597), Global Terrorism (31 CFR 594), WMD Proliferators (31 CFR 544); narcotics and
     * criminal networks: E.O. 13581 (TCO), E.O. 14059, Narcotics Trafficking (31 CFR 536, SDNT),
     * Kingpin Act (31 CFR 598, SDNTK). Tags as on the SDN list. Re-check against the current
     * text of 744.8(a)(1) when BIS amends it: this set is data, not code.
     */
    public static final Set<String> DEFAULT_744_8_A_1_PROGRAMS = Set.of(
            "BELARUS", "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13662", "UKRAINE-EO13685",
            "RUSSIA-EO14024", "BELARUS-EO14038", "FTO", "SDGT", "NPWMD", "TCO", "ILLICIT-DRUGS-EO14059",
            "SDNT", "SDNTK");

    /**
     * Default 10%. Neither BIS (red flag 29, Supp. 3 to part 732) nor OFAC (FAQ 398: "significant
     * ownership interest that is less than 50 percent") defines "significant". 10% sits below the
     * 25% beneficial-ownership line of the FinCEN CDD rule (31 CFR 1010.230), because a red flag
     * only sends the case to REVIEW (a false positive costs an analyst minutes, a miss is a strict
     * liability violation), and above the 5% of passive portfolio stakes (SEC 13(d)), which would
     * flood analysts. Stakes of several listed owners are also flagged when they add up to it.
     */
    public static final BigDecimal DEFAULT_MINORITY_THRESHOLD = new BigDecimal("10");

    public OwnershipConfig {
        affiliateSdnPrograms = Set.copyOf(affiliateSdnPrograms);
        Objects.requireNonNull(minorityRedFlagThreshold, "minorityRedFlagThreshold");
        Objects.requireNonNull(affiliatesSchedule, "affiliatesSchedule");
        sdnAffiliatePolicy = sdnAffiliatePolicy == null ? LicenseReviewPolicy.POLICY_OF_DENIAL : sdnAffiliatePolicy;
    }

    /**
     * Defaults. An affiliate of a 744.8(a)(1) SDN with no policy in its listing inherits
     * POLICY_OF_DENIAL, the most restrictive value (fail closed); set it from the current
     * 744.8 review standard if you read it differently.
     */
    public static OwnershipConfig defaults() {
        return new OwnershipConfig(DEFAULT_744_8_A_1_PROGRAMS, DEFAULT_MINORITY_THRESHOLD,
                LicenseReviewPolicy.POLICY_OF_DENIAL, "All items subject to the EAR (15 CFR 744.8)",
                AffiliatesRuleSchedule.defaultSchedule());
    }

    public OwnershipConfig withMinorityThreshold(BigDecimal threshold) {
        return new OwnershipConfig(affiliateSdnPrograms, threshold, sdnAffiliatePolicy, sdnAffiliateRequirement,
                affiliatesSchedule);
    }

    public OwnershipConfig withSchedule(AffiliatesRuleSchedule schedule) {
        return new OwnershipConfig(affiliateSdnPrograms, minorityRedFlagThreshold, sdnAffiliatePolicy,
                sdnAffiliateRequirement, schedule);
    }
}
