package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.deepSeekOnEntityList;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed paper's phased response (Entity List; IEEPA targeted prohibition; blocking), as dated scenarios. */
class PhasesTest {
    private static final LocalDate PHASE2_ENACTED = LocalDate.of(2026, 6, 1);
    private static final LocalDate PHASE3_BLOCKED = LocalDate.of(2026, 9, 1);
    private final ScreeningPolicy policy = new ScreeningPolicy(ScreeningConfig.defaults());
    private final List<Program> programs = programsWithPhase2();

    private static List<Program> programsWithPhase2() {
        List<Program> p = new ArrayList<>(DefaultPrograms.builtIn());
        p.add(DefaultPrograms.ieepaAiTrainingProhibitionForEntityList(PHASE2_ENACTED));
        return p;
    }

    private Decision phase12(ServiceRequest s, LocalDate asOf) {
        return policy.evaluate(s, Customer.named("DeepSeek").headquarteredIn("CN"),
                facts().match(deepSeekOnEntityList()).build(), asOf, programs);
    }

    @Test
    void phase1EntityListExportNeedsLicenseUnderPresumptionOfDenialAndTrainingNeedsReview() {
        LocalDate asOf = LocalDate.of(2026, 4, 1);
        Decision export = phase12(ServiceRequest.export("3A090.a"), asOf);
        assertThat(export.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(export.reasonsWith(ReasonCode.ENTITY_LIST_LICENSE_REQUIRED).get(0).licenseReviewPolicy())
                .isEqualTo("PRESUMPTION_OF_DENIAL");

        Decision training = phase12(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), asOf);
        assertThat(training.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(training.has(ReasonCode.TARGETED_SERVICE_PROHIBITION)).isFalse();
    }

    @Test
    void phase2ProhibitsAiTrainingComputeFromTheEnactmentDateNotTheDayBefore() {
        assertThat(phase12(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), PHASE2_ENACTED.minusDays(1)).verdict())
                .isEqualTo(Verdict.REVIEW);

        Decision d = phase12(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), PHASE2_ENACTED);
        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        Reason r = d.reasonsWith(ReasonCode.TARGETED_SERVICE_PROHIBITION).get(0);
        assertThat(r.program()).isEqualTo(DefaultPrograms.IEEPA_AI_TRAINING_ID);
        assertThat(r.authority()).isEqualTo("IEEPA");
        assertThat(r.effectiveFrom()).isEqualTo(PHASE2_ENACTED);
        // Every applicable reason is listed, not only the winner.
        assertThat(d.has(ReasonCode.ENTITY_LIST_AI_COMPUTE_RED_FLAG)).isTrue();
        assertThat(d.has(ReasonCode.COUNTRY_GROUP_D5_AI_TRAINING_RED_FLAG)).isTrue();
        assertThat(d.programVersions()).contains("IEEPA_AI_TRAINING@1");
    }

    @Test
    void phase2LeavesInferenceAtReviewAndSafetyDialogueAllowed() {
        LocalDate asOf = PHASE2_ENACTED.plusDays(10);
        assertThat(phase12(ServiceRequest.of(ServiceType.AI_INFERENCE_COMPUTE), asOf).verdict())
                .isEqualTo(Verdict.REVIEW);
        Decision dialogue = phase12(ServiceRequest.of(ServiceType.AI_SAFETY_DIALOGUE), asOf);
        assertThat(dialogue.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(dialogue.has(ReasonCode.AI_SAFETY_DIALOGUE_CARVE_OUT)).isTrue();
    }

    @Test
    void phase2NamedScopeReachesOnlyTheNamedDesignees() {
        List<Program> named = new ArrayList<>(DefaultPrograms.builtIn());
        named.add(DefaultPrograms.ieepaAiTrainingProhibition(PHASE2_ENACTED, ProgramScope.designations("EL-OTHER")));
        Decision d = policy.evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), Customer.named("DeepSeek"),
                facts().match(deepSeekOnEntityList()).build(), PHASE2_ENACTED, named);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
    }

    @ParameterizedTest
    @EnumSource(ServiceType.class)
    void phase3BlockingProhibitsEveryServiceIncludingSafetyDialogue(ServiceType type) {
        Designation sdn = Fixtures.sdn("SDN-DEEPSEEK", "Hangzhou DeepSeek Artificial Intelligence", PHASE3_BLOCKED,
                "CYBER2");
        PartyFacts f = facts().match(deepSeekOnEntityList()).match(sdn).build();
        ServiceRequest s = type == ServiceType.EAR_ITEM_EXPORT ? ServiceRequest.export("3A090.a")
                : ServiceRequest.of(type);

        Decision d = policy.evaluate(s, Customer.named("DeepSeek"), f, PHASE3_BLOCKED, programs);

        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.BLOCKED_PARTY)).singleElement()
                .satisfies(r -> assertThat(r.program()).isEqualTo("CYBER2"))
                .satisfies(r -> assertThat(r.citation()).contains("EO 13694"));
        // The Entity List's carve-out for safety dialogues is still listed (every applicable reason is), but it must
        // not read as if the dialogue were allowed next to the blocking.
        assertThat(d.reasonsWith(ReasonCode.AI_SAFETY_DIALOGUE_CARVE_OUT))
                .allSatisfy(r -> assertThat(r.explanation()).doesNotContain("stays allowed")
                        .contains("does not lift a blocking"));
    }
}
