package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Denied Persons List (15 CFR 764.3, 736.2(b)(4)) and Unverified List (15 CFR 744.15). */
class BisListsRulesTest {
    private final PartyFacts denied = facts().match(Fixtures.onList("DPL", "DPL-1", "Denied Trading Co",
            LocalDate.of(2024, 5, 1))).build();
    private final PartyFacts unverified = facts().match(Fixtures.onList("UVL", "UVL-1", "Unverified Co",
            LocalDate.of(2024, 5, 1))).build();

    @Test
    void deniedPersonIsProhibitedFromReceivingAnyEarItem() {
        Decision d = evaluate(ServiceRequest.export("EAR99"), Customer.named("Denied Trading Co"), denied, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.DENIED_PERSON_EXPORT_PROHIBITED)).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("764.3"));
    }

    @Test
    void deniedPersonAskingForCloudServicesNeedsReview() {
        assertThat(evaluate(ServiceType.AI_TRAINING_COMPUTE, denied, ASOF).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(evaluate(ServiceType.STORAGE, denied, ASOF).has(ReasonCode.DENIED_PERSON_RED_FLAG)).isTrue();
    }

    @Test
    void unverifiedListPartyNeedsUvlStatementBeforeExport() {
        Decision d = evaluate(ServiceRequest.export("5A002.a"), Customer.named("Unverified Co"), unverified, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.UNVERIFIED_LIST_STATEMENT_REQUIRED)).isTrue();
    }

    @Test
    void unverifiedListPartyCloudServiceIsOnlyNoted() {
        Decision d = evaluate(ServiceType.STORAGE, unverified, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(d.has(ReasonCode.UNVERIFIED_LIST_NOTE)).isTrue();
    }
}
