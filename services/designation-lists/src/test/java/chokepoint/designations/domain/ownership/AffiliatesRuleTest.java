package chokepoint.designations.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BIS Affiliates Rule, Supp. 8 to 15 CFR part 744 (90 FR 47201), suspended by 90 FR 50857. */
class AffiliatesRuleTest {
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static OwnershipEngine at(LocalDate d, List<Stake> stakes, List<Listing> ls) {
        return OwnershipEngine.build(d, stakes, ls, List.of(), OwnershipConfig.defaults());
    }

    static final List<Stake> STAKES = List.of(Stake.of("EL1", "C", "30", START), Stake.of("EL2", "C", "25", START));
    static final List<Listing> LISTS = List.of(
            Listing.entityList("EL1", "EL-1", "All items subject to the EAR", LicenseReviewPolicy.CASE_BY_CASE, START),
            Listing.entityList("EL2", "EL-2", "All items subject to the EAR", LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, START));

    @Test
    void companyThirtyAndTwentyFivePercentOwnedByTwoEntityListFirmsIsAffiliateOnlyWhileRuleInForce() {
        // Supp. 8 para. (b): owned 50% or more "individually or in aggregate" by Entity List entities.
        AffiliateStatus on = at(LocalDate.of(2026, 11, 10), STAKES, LISTS).status("C").affiliate().orElseThrow();
        assertThat(on.total()).isEqualByComparingTo("55");
        assertThat(on.window().citation()).contains("2026-11-10");
        assertThat(on.citation()).isEqualTo("15 CFR 744, Supp. 8 (90 FR 47201)");
        // an analyst reads this: words, not enum names or a Java set's brackets
        assertThat(on.explain()).contains("owned 55% in aggregate (50% or more) by listed parties",
                "license review policy: presumption of denial", "license requirements: All items subject to the EAR.")
                .doesNotContain("PRESUMPTION_OF_DENIAL").doesNotContain("[All");
        EntityOwnershipStatus off = at(LocalDate.of(2026, 11, 9), STAKES, LISTS).status("C");
        assertThat(off.affiliate()).isEmpty();
        assertThat(off.notes()).anyMatch(n -> n.contains("90 FR 50857"));
        assertThat(off.redFlags()).extracting(RedFlag::code).containsOnly(RedFlag.Code.LISTED_MINORITY_OWNER);
        assertThat(at(LocalDate.of(2025, 10, 1), STAKES, LISTS).status("C").affiliate()).isPresent();
        assertThat(at(LocalDate.of(2025, 9, 28), STAKES, LISTS).status("C").affiliate()).isEmpty();
        assertThat(at(LocalDate.of(2025, 11, 10), STAKES, LISTS).status("C").affiliate()).isEmpty();
    }

    @Test
    void affiliateInheritsMostRestrictivePolicyAndAllRequirementsOfItsListedOwners() {
        // Supp. 8: with several listed owners the most restrictive license requirement and review policy apply.
        List<Listing> ls = List.of(
                Listing.entityList("EL1", "EL-1", "All items subject to the EAR", LicenseReviewPolicy.CASE_BY_CASE, START),
                new Listing("M1", Listing.MEU, "MEU-1", java.util.Set.of(), false, "Items in Supp. 2 to part 744",
                        LicenseReviewPolicy.POLICY_OF_DENIAL, START, null));
        AffiliateStatus a = at(LocalDate.of(2026, 12, 1),
                List.of(Stake.of("EL1", "C", "45", START), Stake.of("M1", "C", "5", START)), ls).status("C").affiliate().orElseThrow();
        assertThat(a.reviewPolicy()).isEqualTo(LicenseReviewPolicy.POLICY_OF_DENIAL);
        assertThat(a.inheritedRequirements()).containsExactly("All items subject to the EAR", "Items in Supp. 2 to part 744");
        assertThat(a.listedOwnerDesignations()).containsExactly("ENTITY_LIST:EL-1", "MEU:MEU-1");
    }

    @Test
    void affiliateStatusChainsThroughAffiliatesAndCarriesPolicyDown() {
        // Supp. 8 para. (b): "or by one or more entities subject to restrictions based upon ownership by listed entities".
        OwnershipEngine e = at(LocalDate.of(2026, 12, 1),
                List.of(Stake.of("EL2", "A", "50", START), Stake.of("A", "B", "50", START)), LISTS);
        AffiliateStatus b = e.status("B").affiliate().orElseThrow();
        assertThat(b.reviewPolicy()).isEqualTo(LicenseReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(b.contributions().get(0).path().render()).isEqualTo("EL2 \u201450%\u2192 A \u201450%\u2192 B");
        assertThat(b.listedOwnerDesignations()).containsExactly("ENTITY_LIST:EL-2");
    }

    @Test
    void sdnCountsForAffiliatesOnlyUnderA744_8a1Program() {
        LocalDate d = LocalDate.of(2026, 12, 1);
        OwnershipEngine e = at(d, List.of(Stake.of("S1", "A", "50", START), Stake.of("S2", "B", "50", START)),
                List.of(Listing.sdn("S1", "1", START, "SDGT"), Listing.sdn("S2", "2", START, "CYBER2")));
        assertThat(e.status("A").affiliate().orElseThrow().reviewPolicy()).isEqualTo(LicenseReviewPolicy.POLICY_OF_DENIAL);
        assertThat(e.status("B").affiliate()).isEmpty();
        assertThat(e.status("B").blocked()).isPresent(); // OFAC 50% rule is program-agnostic (FAQ 399)
    }

    @Test
    void stakeOfHalfOrMoreOfAnEntityListOwnerWhileTheRuleIsSuspendedIsNotCalledAMinority() {
        // The seed's Phase 1: a company 60% owned by a listed lab, before the Affiliates Rule's resumption.
        List<Stake> stakes = List.of(Stake.of("EL1", "M", "60", START));
        EntityOwnershipStatus suspended = at(LocalDate.of(2026, 11, 9), stakes, LISTS).status("M");
        assertThat(suspended.affiliate()).isEmpty();
        assertThat(suspended.redFlags()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(RedFlag.Code.LISTED_MINORITY_OWNER);
            assertThat(f.explanation()).contains("owns 60% of M", "a stake of 50% or more", "2026-11-09").doesNotContain("minority");
            // the reader needs the day the stake starts to count, and why it does not count yet
            assertThat(f.explanation()).contains("the BIS Affiliates Rule does not apply on 2026-11-09", "90 FR 50857",
                    "the rule applies again from 2026-11-10, when this stake makes M an affiliate");
        });
        EntityOwnershipStatus minority = at(LocalDate.of(2026, 11, 9), List.of(Stake.of("EL1", "M", "20", START)), LISTS)
                .status("M");
        assertThat(minority.redFlags()).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("owns 20% of M").doesNotContain("50% or more"));
        assertThat(at(LocalDate.of(2026, 11, 10), stakes, LISTS).status("M").affiliate()).isPresent();
    }

    @Test
    void ownersFlaggedOneByOneAreAlsoToldTheyHoldHalfTogether() {
        // 30% + 25% by two Entity List owners on the last day of the suspension: each is flagged, and the flags must
        // not leave out that together they reach the 50% of Supp. 8 ("individually or in aggregate")
        EntityOwnershipStatus s = at(LocalDate.of(2026, 11, 9), STAKES, LISTS).status("C");

        assertThat(s.redFlags()).hasSize(3).allSatisfy(f -> assertThat(f.code()).isEqualTo(RedFlag.Code.LISTED_MINORITY_OWNER));
        assertThat(s.redFlags()).filteredOn(f -> f.explanation().contains("together own 55% of C")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("50% or more in aggregate",
                        "the BIS Affiliates Rule does not apply on 2026-11-09",
                        "the rule applies again from 2026-11-10, when these stakes make C an affiliate"));
    }

    @Test
    void ownersBelowHalfTogetherGetNoAggregateLineBesideTheirOwnFlags() {
        EntityOwnershipStatus s = at(LocalDate.of(2026, 11, 9),
                List.of(Stake.of("EL1", "C", "20", START), Stake.of("EL2", "C", "15", START)), LISTS).status("C");

        assertThat(s.redFlags()).hasSize(2).noneSatisfy(f -> assertThat(f.explanation()).contains("together own"));
    }

    @Test
    void stakeOfHalfOrMoreOfAnOwnerOnAListWithoutAnOwnershipRuleHereSaysSoAndPointsToTheListsOwnRules() {
        Listing cmc = new Listing("CMC", "SECTION_1260H", "1260H-1", java.util.Set.of(), false, null, null, START, null);
        EntityOwnershipStatus s = at(LocalDate.of(2026, 12, 1), List.of(Stake.of("CMC", "M", "60", START)), List.of(cmc))
                .status("M");

        assertThat(s.affiliate()).isEmpty();
        assertThat(s.blocked()).isEmpty();
        assertThat(s.redFlags()).singleElement().satisfies(f -> assertThat(f.explanation())
                .contains("owns 60% of M", "neither the OFAC 50% rule nor the BIS Affiliates Rule extends this owner's"
                        + " listing to M", "NDAA FY2024 sec. 805")
                .doesNotContain("applies again"));
    }

    @Test
    void entityListOwnersDoNotBlockUnderOfac() {
        assertThat(at(LocalDate.of(2026, 12, 1), STAKES, LISTS).status("C").blocked()).isEmpty();
    }

    @Test
    void newListingOfAnotherOwnerRaisesPolicyIncrementally() {
        OwnershipEngine e = at(LocalDate.of(2026, 12, 1), new java.util.ArrayList<>(List.of(
                Stake.of("EL1", "A", "60", START), Stake.of("P", "A", "5", START), Stake.of("A", "B", "50", START))),
                new java.util.ArrayList<>(List.of(LISTS.get(0))));
        assertThat(e.status("B").affiliate().orElseThrow().reviewPolicy()).isEqualTo(LicenseReviewPolicy.CASE_BY_CASE);
        List<String> changed = e.addListing(Listing.entityList("P", "EL-P", "All items", LicenseReviewPolicy.POLICY_OF_DENIAL, START));
        assertThat(changed).contains("A", "B");
        assertThat(e.status("B").affiliate().orElseThrow().reviewPolicy()).isEqualTo(LicenseReviewPolicy.POLICY_OF_DENIAL);
    }

    @Test
    void scheduleIsDataWithCitations() {
        AffiliatesRuleSchedule s = AffiliatesRuleSchedule.defaultSchedule();
        assertThat(s.inForceWindow(LocalDate.of(2025, 11, 9))).isPresent();
        assertThat(s.windowAt(LocalDate.of(2026, 1, 1)).orElseThrow().citation()).contains("90 FR 50857");
        assertThat(s.inForceWindow(LocalDate.of(2027, 1, 1)).orElseThrow().citation()).contains("90 FR 47201");
    }
}
