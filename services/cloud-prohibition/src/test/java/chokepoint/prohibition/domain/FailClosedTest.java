package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An empty or stale database is not evidence that a customer is clean. */
class FailClosedTest {
    @Test
    void cleanCustomerWithEveryListFreshIsClear() {
        Decision d = evaluate(ServiceType.AI_TRAINING_COMPUTE, facts().build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(d.reasons()).isEmpty();
    }

    @Test
    void listNotLoadedGivesReviewNamingTheList() {
        List<ListStatus> lists = Fixtures.freshListsExcept(new ListStatus("SDN", false, false, "", null));
        Decision d = evaluate(ServiceType.STORAGE, facts().lists(lists).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.LIST_NOT_LOADED)).singleElement()
                .satisfies(r -> assertThat(r.list()).isEqualTo("SDN"));
    }

    @Test
    void staleListGivesReviewNamingTheList() {
        List<ListStatus> lists = Fixtures.freshListsExcept(new ListStatus("ENTITY_LIST", true, true, "EL@2026-01-01",
                ASOF.minusMonths(3)));
        Decision d = evaluate(ServiceType.STORAGE, facts().lists(lists).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.LIST_STALE)).singleElement()
                .satisfies(r -> assertThat(r.list()).isEqualTo("ENTITY_LIST"));
    }

    @Test
    void requiredListMissingFromTheFactsCountsAsNotLoaded() {
        Decision d = evaluate(ServiceType.STORAGE, facts().lists(List.of(ListStatus.fresh("SDN"))).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.LIST_NOT_LOADED)).extracting(Reason::list)
                .contains("ENTITY_LIST", "DPL").doesNotContain("SDN");
    }

    @Test
    void missingPartyFactsAreNeverClear() {
        Decision d = evaluate(ServiceType.STORAGE, null, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.PARTY_FACTS_MISSING)).isTrue();
    }

    @Test
    void aRuleThatFailsGivesReviewNotClear() {
        Rule broken = ctx -> {
            throw new IllegalStateException("boom");
        };
        Decision d = new ScreeningPolicy(ScreeningConfig.defaults(), List.of(broken))
                .evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("x"), facts().build(), ASOF, List.of());
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.RULE_FAILED)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).doesNotContain("boom"));
    }

    @Test
    void reasonsAreOrderedMostRestrictiveFirstAndAllKept() {
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("x").ofType(CustomerType.RESELLER),
                facts().match(Fixtures.deepSeekOnEntityList())
                        .match(Fixtures.onList("NS_CMIC", "C-1", "x", ASOF.minusYears(1))).build(), ASOF);
        assertThat(d.reasons()).extracting(Reason::verdict).containsExactly(Verdict.LICENSE_REQUIRED, Verdict.NOTE);
    }

    @Test
    void factsResolvedForAnotherDateAreReviewed() {
        PartyFacts f = new PartyFacts(List.of(), List.of(), List.of(), Fixtures.freshLists(), ASOF.minusDays(1));
        Decision d = evaluate(ServiceType.STORAGE, f, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.FACTS_AS_OF_MISMATCH)).isTrue();
    }
}
