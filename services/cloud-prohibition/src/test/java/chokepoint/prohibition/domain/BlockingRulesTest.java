package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IEEPA blocking (SDN), OFAC 50 percent rule, PAIP Act blocking, derivative sanctions exposure. */
class BlockingRulesTest {
    private static final Designation SDN = Fixtures.sdn("SDN-1", "Proxy Operator Ltd", LocalDate.of(2025, 1, 1),
            "CYBER2");

    @ParameterizedTest
    @EnumSource(ServiceType.class)
    void sdnIsProhibitedForEveryService(ServiceType type) {
        Decision d = evaluate(type == ServiceType.EAR_ITEM_EXPORT ? ServiceRequest.export("EAR99")
                : ServiceRequest.of(type), Customer.named("Proxy Operator Ltd"), facts().match(SDN).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.BLOCKED_PARTY)).hasSize(1);
    }

    @Test
    void sdnUnderAnyOtherProgramIsBlockedByTheGenericSdnProgram() {
        Designation iran = Fixtures.sdn("SDN-2", "Some Bank", LocalDate.of(2020, 1, 1), "IRAN");
        Decision d = evaluate(ServiceType.STORAGE, facts().match(iran).build(), ASOF);
        assertThat(d.reasonsWith(ReasonCode.BLOCKED_PARTY)).singleElement()
                .satisfies(r -> assertThat(r.program()).isEqualTo(DefaultPrograms.SDN_ID));
    }

    @Test
    void entityOwnedFiftyPercentByTwoSdnsIsBlocked() {
        Designation a = Fixtures.sdn("SDN-A", "A", LocalDate.of(2025, 1, 1), "CYBER2");
        Designation b = Fixtures.sdn("SDN-B", "B", LocalDate.of(2025, 1, 1), "CYBER2");
        DerivedStatus blocked = DerivedStatus.blocked("50", List.of(a, b),
                OwnershipPath.of(OwnershipStep.of("A", "25", "C")), OwnershipPath.of(OwnershipStep.of("B", "25", "C")));

        Decision d = evaluate(ServiceType.GENERAL_COMPUTE, facts().derived(blocked).build(), ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        Reason r = d.reasonsWith(ReasonCode.BLOCKED_BY_OWNERSHIP).get(0);
        assertThat(r.ownershipPath()).containsExactly("A \u201425%\u2192 C", "B \u201425%\u2192 C");
        assertThat(r.citation()).contains("OFAC 50 Percent Rule");
        assertThat(r.designationId()).isEqualTo("SDN-A,SDN-B");
    }

    @Test
    void paipBlockingProhibitsUntilTheSunsetOnly() {
        Designation paip = Fixtures.onList("PAIP", "PAIP-1", "Thief Co", LocalDate.of(2026, 2, 1)).withPrograms("PAIP");
        PartyFacts f = facts().match(paip).build();
        assertThat(evaluate(ServiceType.AI_SAFETY_DIALOGUE, f, LocalDate.of(2030, 1, 4)).verdict())
                .isEqualTo(Verdict.PROHIBITED);
        // 50 U.S.C. 1709 sunsets 7 years after enactment (Jan. 5, 2023).
        assertThat(evaluate(ServiceType.AI_SAFETY_DIALOGUE, f, LocalDate.of(2030, 1, 5)).has(ReasonCode.BLOCKED_PARTY))
                .isFalse();
    }

    @Test
    void nonUsProviderServingBlockedPartyFacesDerivativeSanctionsExposure() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE).fromProvider("SG"),
                Customer.named("Proxy Operator Ltd"), facts().match(SDN).build(), ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.DERIVATIVE_SANCTIONS_EXPOSURE)).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.PROHIBITED))
                .satisfies(r -> assertThat(r.citation()).contains("EO 13694"));
        // The blocking itself binds U.S. persons: for a non-U.S. provider it is a U.S.-nexus review.
        assertThat(d.reasonsWith(ReasonCode.BLOCKED_PARTY)).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.REVIEW));
    }

    @Test
    void nonUsProviderSafetyDialogueWithBlockedPartyNeedsReview() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.AI_SAFETY_DIALOGUE).fromProvider("GB"),
                Customer.named("x"), facts().match(SDN).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void usProviderGetsNoDerivativeReason() {
        assertThat(evaluate(ServiceType.AI_TRAINING_COMPUTE, facts().match(SDN).build(), ASOF)
                .has(ReasonCode.DERIVATIVE_SANCTIONS_EXPOSURE)).isFalse();
    }
}
