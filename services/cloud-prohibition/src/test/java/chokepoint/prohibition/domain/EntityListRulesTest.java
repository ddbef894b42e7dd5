package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.deepSeekOnEntityList;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 15 CFR 744.11 / Supp. 4 to part 744; Affiliates Rule (Supp. 8); BIS May 2025 guidance; 89 FR 58265. */
class EntityListRulesTest {
    private final PartyFacts listed = facts().match(deepSeekOnEntityList()).build();

    @Test
    void entityListPartyNeedsLicenseForH100ExportUnderPresumptionOfDenial() {
        // H100: ECCN 3A090.a (advanced computing ICs, 15 CFR 774 Supp. 1).
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("DeepSeek"), listed, ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Reason r = d.reasonsWith(ReasonCode.ENTITY_LIST_LICENSE_REQUIRED).get(0);
        assertThat(r.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(r.licenseReviewPolicy()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(r.explanation()).contains("presumption of denial");
        assertThat(r.citation()).contains("15 CFR 744.11").contains("91 FR 10001");
        assertThat(r.list()).isEqualTo("ENTITY_LIST");
        assertThat(r.designationId()).isEqualTo("EL-DEEPSEEK");
        assertThat(r.effectiveFrom()).isEqualTo(Fixtures.PHASE1_LISTED);
    }

    @Test
    void entityListPartyNeedsLicenseEvenForEar99Items() {
        // "For all items subject to the EAR" includes EAR99 (734.3(c)).
        assertThat(evaluate(ServiceRequest.export("EAR99"), Customer.named("DeepSeek"), listed, ASOF).verdict())
                .isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(value = ServiceType.class, names = {"AI_TRAINING_COMPUTE", "AI_INFERENCE_COMPUTE", "MODEL_API_ACCESS"})
    void entityListPartyAskingForAiComputeWithoutProgramNeedsReview(ServiceType type) {
        Decision d = evaluate(type, listed, ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.ENTITY_LIST_AI_COMPUTE_RED_FLAG)).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("744.11"))
                .satisfies(r -> assertThat(r.explanation()).contains("May 13, 2025"));
    }

    @Test
    void entityListPartyMayStillJoinAnAiSafetyDialogue() {
        Decision d = evaluate(ServiceType.AI_SAFETY_DIALOGUE, listed, ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(d.reasonsWith(ReasonCode.AI_SAFETY_DIALOGUE_CARVE_OUT)).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo(Verdict.NOTE))
                .satisfies(r -> assertThat(r.explanation()).contains("89 FR 58265"));
    }

    @Test
    void storageAndNetworkingForEntityListPartyAreNotItemsSoOnlyNoted() {
        for (ServiceType t : List.of(ServiceType.STORAGE, ServiceType.NETWORKING)) {
            Decision d = evaluate(t, listed, ASOF);
            assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
            assertThat(d.has(ReasonCode.ENTITY_LIST_CLOUD_SERVICE_NOT_AN_ITEM)).isTrue();
        }
    }

    @Test
    void generalComputeForEntityListPartyNeedsReviewBecauseItCanHostTraining() {
        Decision d = evaluate(ServiceType.GENERAL_COMPUTE, listed, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.ENTITY_LIST_GENERAL_COMPUTE_RED_FLAG)).isTrue();
    }

    @Test
    void affiliateOwnedFiftyPercentByEntityListPartyNeedsLicenseWithMostRestrictivePolicyAndPath() {
        Designation owner = deepSeekOnEntityList();
        DerivedStatus affiliate = DerivedStatus.affiliate("60", List.of(owner), "For all items subject to the EAR.",
                LicenseReviewPolicy.CASE_BY_CASE,
                OwnershipPath.of(OwnershipStep.of("DeepSeek", "60", "Frontco Ltd")));
        PartyFacts f = facts().derived(affiliate).build();

        Decision d = evaluate(ServiceRequest.export("4A994"), Customer.named("Frontco Ltd"), f,
                LocalDate.of(2026, 11, 10));

        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        Reason r = d.reasonsWith(ReasonCode.ENTITY_LIST_AFFILIATE_LICENSE_REQUIRED).get(0);
        // The owner's presumption of denial is stricter than the case-by-case the status carried.
        assertThat(r.licenseReviewPolicy()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(r.ownershipPath()).containsExactly("DeepSeek \u201460%\u2192 Frontco Ltd");
        assertThat(r.citation()).contains("Supp. 8 to part 744");
        assertThat(r.designationId()).isEqualTo("EL-DEEPSEEK");
    }

    @Test
    void entityListingRemovedBeforeAsOfNoLongerCounts() {
        PartyFacts f = facts().match(deepSeekOnEntityList().removedOn(LocalDate.of(2026, 3, 20))).build();
        assertThat(evaluate(ServiceRequest.export("3A090.a"), Customer.named("DeepSeek"), f, ASOF).verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void entityListingNotYetEffectiveOnAsOfDoesNotCount() {
        PartyFacts f = facts().match(deepSeekOnEntityList()).build();
        assertThat(evaluate(ServiceRequest.export("3A090.a"), Customer.named("DeepSeek"), f,
                Fixtures.PHASE1_LISTED.minusDays(1)).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void meuPartyNeedsLicenseForExportAndReviewForTraining() {
        PartyFacts f = facts().match(Fixtures.onList("MEU", "MEU-1", "Some Institute", LocalDate.of(2024, 1, 1))
                .withLicense("Items in Supp. No. 2 to part 744", LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, ""))
                .build();
        assertThat(evaluate(ServiceRequest.export("3A090.a"), Customer.named("x"), f, ASOF).reasonsWith(
                ReasonCode.MEU_LICENSE_REQUIRED)).singleElement()
                .satisfies(r -> assertThat(r.licenseReviewPolicy()).isEqualTo("PRESUMPTION_OF_DENIAL"));
        assertThat(evaluate(ServiceType.AI_TRAINING_COMPUTE, f, ASOF).verdict()).isEqualTo(Verdict.REVIEW);
    }
}
