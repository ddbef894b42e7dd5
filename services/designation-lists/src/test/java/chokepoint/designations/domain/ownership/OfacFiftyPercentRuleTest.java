package chokepoint.designations.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OFAC 50 Percent Rule: expected values come from the guidance and FAQs quoted in each test. */
class OfacFiftyPercentRuleTest {
    static final LocalDate D = LocalDate.of(2026, 1, 15);
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    static OwnershipEngine engine(List<Stake> stakes, List<Listing> listings) {
        return OwnershipEngine.build(D, stakes, listings, List.of(), OwnershipConfig.defaults());
    }

    static Stake st(String owner, String owned, String pct) {
        return Stake.of(owner, owned, pct, START);
    }

    static Listing sdn(String id) {
        return Listing.sdn(id, "SDN-" + id, START, "CYBER2");
    }

    @Test
    void entityOwnedFiftyPercentByTwoSdnsIsBlocked() {
        // Revised Guidance (Aug. 13, 2014): blocked persons' interests are aggregated; two blocked
        // persons each owning 25% make the entity blocked.
        OwnershipEngine e = engine(List.of(st("X", "A", "25"), st("Y", "A", "25")), List.of(sdn("X"), sdn("Y")));
        EntityOwnershipStatus s = e.status("A");
        assertThat(s.blocked()).isPresent();
        assertThat(s.blocked().get().total()).isEqualByComparingTo("50");
        assertThat(s.blocked().get().citation()).isEqualTo("OFAC 50 Percent Rule (Revised Guidance, Aug. 13, 2014; FAQs 398-402)");
        assertThat(s.blocked().get().explain()).startsWith("Blocked: owned 50% in aggregate (50% or more) by blocked persons,");
        assertThat(s.blocked().get().contributions()).extracting(c -> c.path().render())
                .containsExactly("X \u201425%\u2192 A", "Y \u201425%\u2192 A");
    }

    @Test
    void entityOwnedJustUnderFiftyPercentIsNotBlockedButRedFlagged() {
        OwnershipEngine e = engine(List.of(st("X", "A", "25"), st("Y", "A", "24.99")), List.of(sdn("X"), sdn("Y")));
        EntityOwnershipStatus s = e.status("A");
        assertThat(s.blocked()).isEmpty();
        assertThat(s.redFlags()).extracting(RedFlag::code).containsOnly(RedFlag.Code.LISTED_MINORITY_OWNER).hasSize(2);
    }

    @Test
    void faq401Example1BlockedChainAtFiftyPercentEachLevel() {
        // FAQ 401, Example 1: "Blocked Person X owns 50 percent of Entity A, and Entity A owns 50 percent
        // of Entity B. Entity B is considered to be blocked."
        OwnershipEngine e = engine(List.of(st("X", "A", "50"), st("A", "B", "50")), List.of(sdn("X")));
        assertThat(e.status("A").blocked()).isPresent();
        BlockedStatus b = e.status("B").blocked().orElseThrow();
        assertThat(b.total()).isEqualByComparingTo("50"); // added, not 50% x 50% = 25%
        assertThat(b.contributions().get(0).path().render()).isEqualTo("X \u201450%\u2192 A \u201450%\u2192 B");
    }

    @Test
    void faq401Example2IndirectStakesThroughTwoBlockedEntitiesAdd() {
        // FAQ 401, Example 2: "Blocked Person X owns 50 percent of Entity A and 50 percent of Entity B.
        // Entities A and B each own 25 percent of Entity C. Entity C is considered to be blocked."
        OwnershipEngine e = engine(List.of(st("X", "A", "50"), st("X", "B", "50"), st("A", "C", "25"), st("B", "C", "25")),
                List.of(sdn("X")));
        BlockedStatus c = e.status("C").blocked().orElseThrow();
        assertThat(c.total()).isEqualByComparingTo("50");
        assertThat(c.contributions()).extracting(x -> x.path().render())
                .containsExactly("X \u201450%\u2192 A \u201425%\u2192 C", "X \u201450%\u2192 B \u201425%\u2192 C");
    }

    @Test
    void faq401Example3DirectAndIndirectStakesOfOneBlockedPersonAdd() {
        // FAQ 401, Example 3: "Blocked Person X owns 50 percent of Entity A and 10 percent of Entity B.
        // Entity A also owns 40 percent of Entity B. Entity B is considered to be blocked."
        OwnershipEngine e = engine(List.of(st("X", "A", "50"), st("X", "B", "10"), st("A", "B", "40")), List.of(sdn("X")));
        assertThat(e.status("B").blocked().orElseThrow().total()).isEqualByComparingTo("50");
    }

    @Test
    void unblockedIntermediaryCarriesNothing() {
        // FAQ 401: "indirectly" means through entities that are 50 percent or more owned by blocked
        // persons; X owns 40% of A (A not blocked), A owns 100% of B: neither is blocked.
        OwnershipEngine e = engine(List.of(st("X", "A", "40"), st("A", "B", "100")), List.of(sdn("X")));
        assertThat(e.status("A").blocked()).isEmpty();
        assertThat(e.status("B").blocked()).isEmpty();
        assertThat(e.status("A").redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_MINORITY_OWNER);
        assertThat(e.status("B").redFlags()).isEmpty();
    }

    @Test
    void faq398ControlWithoutOwnershipDoesNotBlockButOfficerIsRedFlag() {
        // FAQ 398: "OFAC's 50 Percent Rule speaks only to ownership and not to control."
        // FAQ 400: a blocked individual acting as executive of a non-blocked entity: caution.
        OwnershipEngine e = OwnershipEngine.build(D, List.of(st("P", "A", "5")), List.of(sdn("P")),
                List.of(new OfficerLink("P", "A", "CEO", START, null)), OwnershipConfig.defaults());
        EntityOwnershipStatus s = e.status("A");
        assertThat(s.blocked()).isEmpty();
        assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.SHARED_OFFICER);
    }

    @Test
    void faq399StakesOfPersonsBlockedUnderDifferentProgramsAggregate() {
        // FAQ 399: ownership of persons blocked under different programs is aggregated.
        OwnershipEngine e = engine(List.of(st("X", "A", "30"), st("Y", "A", "20")),
                List.of(Listing.sdn("X", "1", START, "CYBER2"), Listing.sdn("Y", "2", START, "RUSSIA-EO14024")));
        assertThat(e.status("A").blocked()).isPresent();
    }

    @Test
    void faq402DivestmentBelowFiftyPercentUnblocksFromThatDate() {
        // FAQ 402: after blocked persons divest below 50 percent, the entity "is no longer considered
        // automatically to be a blocked entity".
        LocalDate divest = LocalDate.of(2026, 3, 1);
        List<Stake> stakes = List.of(new Stake("X", "A", new java.math.BigDecimal("60"), START, divest, "registry"),
                new Stake("X", "A", new java.math.BigDecimal("40"), divest, null, "registry"));
        OwnershipEngine before = engine(stakes, List.of(sdn("X")));
        assertThat(before.status("A").blocked()).isPresent();
        OwnershipEngine after = before.rebuild(divest);
        assertThat(after.status("A").blocked()).isEmpty();
        assertThat(after.status("A").redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_MINORITY_OWNER);
    }

    @Test
    void severalStakesFromOneOwnerAdd() {
        OwnershipEngine e = engine(List.of(st("X", "A", "20"), new Stake("X", "A", new java.math.BigDecimal("30"), START, null, "class B")),
                List.of(sdn("X")));
        assertThat(e.status("A").blocked().orElseThrow().total()).isEqualByComparingTo("50");
    }

    @Test
    void ownershipCycleWithoutOutsideBlockedOwnerDerivesNothing() {
        OwnershipEngine e = engine(List.of(st("A", "B", "60"), st("B", "A", "60")), List.of());
        assertThat(e.status("A").blocked()).isEmpty();
        assertThat(e.status("B").blocked()).isEmpty();
    }

    @Test
    void ownershipCycleReachedByBlockedOwnerBlocksTheCycleAndTerminates() {
        OwnershipEngine e = engine(List.of(st("X", "A", "50"), st("A", "B", "60"), st("B", "A", "40")), List.of(sdn("X")));
        assertThat(e.status("A").blocked().orElseThrow().total()).isEqualByComparingTo("90");
        assertThat(e.status("B").blocked().orElseThrow().contributions().get(0).path().render())
                .isEqualTo("X \u201450%\u2192 A \u201460%\u2192 B");
    }

    @Test
    void selfOwnershipIsIgnoredWithANote() {
        OwnershipEngine e = engine(List.of(st("A", "A", "60"), st("X", "A", "40")), List.of(sdn("X")));
        EntityOwnershipStatus s = e.status("A");
        assertThat(s.blocked()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("self-ownership"));
    }

    @Test
    void unknownPercentFromBlockedOwnerIsARedFlagNotZero() {
        OwnershipEngine e = engine(List.of(Stake.unknown("X", "A", START), st("X", "B", "50"), Stake.unknown("B", "C", START)),
                List.of(sdn("X")));
        assertThat(e.status("A").redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_OWNER_PERCENT_UNKNOWN);
        RedFlag f = e.status("C").redFlags().get(0);
        assertThat(f.code()).isEqualTo(RedFlag.Code.LISTED_OWNER_PERCENT_UNKNOWN);
        assertThat(f.path().render()).isEqualTo("X \u201450%\u2192 B \u2014?%\u2192 C");
        // the totals add known stakes only: the text must say so, not suggest the unknown stake was weighed
        assertThat(f.explanation()).contains("owns an unknown percentage of C", "count it as 0",
                "may in fact be blocked", "obtain the percentage").doesNotContain("not treated as 0");
    }

    @Test
    void stakeNotYetInForceIsIgnored() {
        OwnershipEngine e = engine(List.of(Stake.of("X", "A", "60", D.plusDays(1))), List.of(sdn("X")));
        assertThat(e.status("A").blocked()).isEmpty();
        assertThat(e.rebuild(D.plusDays(1)).status("A").blocked()).isPresent();
    }

    @Test
    void exactDecimalsThirdsDoNotReachFifty() {
        // 16.666666 x 3 = 49.999998 exactly: not blocked (no floating point rounding up)
        OwnershipEngine e = engine(List.of(st("X", "A", "16.666666"), st("Y", "A", "16.666666"), st("Z", "A", "16.666666")),
                List.of(sdn("X"), sdn("Y"), sdn("Z")));
        assertThat(e.status("A").blocked()).isEmpty();
        assertThat(e.blockedSumMicros("A")).isEqualTo(49_999_998L);
    }

    @Test
    void newDesignationIncrementallyBlocksDownstreamOnly() {
        OwnershipEngine e = engine(new ArrayList<>(List.of(st("X", "A", "50"), st("A", "B", "50"), st("Q", "R", "90"))), List.of());
        List<String> changed = e.addListing(sdn("X"));
        assertThat(changed).containsExactlyInAnyOrder("X", "A", "B");
        assertThat(e.status("B").blocked()).isPresent();
        List<String> changed2 = e.addStake(st("B", "R", "10"));
        assertThat(changed2).isEmpty();
        assertThat(e.status("R").redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_MINORITY_OWNER);
    }

    @Test
    void screeningWithDeclaredOwnersDoesNotMutateTheGraph() {
        OwnershipEngine e = engine(List.of(st("X", "A", "50")), List.of(sdn("X")));
        EntityOwnershipStatus s = e.screen("NEWCO", List.of(DeclaredOwner.of("A", "30"), DeclaredOwner.of("X", "20"),
                DeclaredOwner.of("someone", "50")), List.of());
        assertThat(s.blocked().orElseThrow().total()).isEqualByComparingTo("50");
        assertThat(e.size()).isEqualTo(2);
        assertThat(e.status("NEWCO").blocked()).isEmpty();
    }

    @Test
    void screeningOfAKnownPartyDoesNotDoubleCountAStakeDeclaredAndRecorded() {
        OwnershipEngine e = engine(List.of(st("X", "A", "30")), List.of(sdn("X")));
        EntityOwnershipStatus s = e.screen("A", List.of(DeclaredOwner.of("X", "30")), List.of());
        assertThat(s.blocked()).isEmpty();
        assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_MINORITY_OWNER);
    }

    @Test
    void sharedOfficerWithListedEntityIsRedFlag() {
        OwnershipEngine e = OwnershipEngine.build(D, List.of(), List.of(sdn("L")),
                List.of(new OfficerLink("p1", "L", "DIRECTOR", START, null), new OfficerLink("p1", "A", "DIRECTOR", START, null)),
                OwnershipConfig.defaults());
        RedFlag f = e.status("A").redFlags().get(0);
        assertThat(f.code()).isEqualTo(RedFlag.Code.SHARED_OFFICER);
        assertThat(f.explanation()).contains("p1").contains("L");
        assertThat(e.screen("NEW", List.of(), List.of(new OfficerLink("p1", "NEW", "CEO", START, null))).redFlags())
                .extracting(RedFlag::code).containsExactly(RedFlag.Code.SHARED_OFFICER);
    }

    @Test
    void delistedOwnerNoLongerBlocksAfterItsListingEnds() {
        LocalDate delisted = LocalDate.of(2026, 1, 10);
        OwnershipEngine e = engine(List.of(st("X", "A", "60")),
                List.of(new Listing("X", Listing.SDN, "1", java.util.Set.of("CYBER2"), true, null, null, START, delisted)));
        assertThat(e.status("A").blocked()).isEmpty();
        assertThat(e.rebuild(delisted.minusDays(1)).status("A").blocked()).isPresent();
    }

    @Test
    void screeningWithUnknownPercentFromBlockedOwnerIsRedFlagged() {
        OwnershipEngine e = engine(List.of(st("X", "A", "50")), List.of(sdn("X")));
        EntityOwnershipStatus s = e.screen("NEWCO", List.of(DeclaredOwner.of("A", null), DeclaredOwner.of("Z", "60")), List.of());
        assertThat(s.blocked()).isEmpty();
        assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly(RedFlag.Code.LISTED_OWNER_PERCENT_UNKNOWN);
        assertThat(s.redFlags().get(0).path().render()).isEqualTo("X \u201450%\u2192 A \u2014?%\u2192 NEWCO");
    }
}
