package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.deepSeekOnEntityList;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reasons say, where a reviewer read a text as claiming more than its rule knew, or as contradicting another
 * reason of the same answer (docs/rules.md). Each case is a scenario in which the earlier text misled.
 */
class ExplanationTextTest {
    private static final LocalDate ENACTED = LocalDate.of(2026, 12, 1);

    /** A program as an agency enacts it through the API: effects without text of their own. */
    private static Program enacted(String authority, Verdict verdict, String description) {
        return new Program("IEEPA-AI-TRAINING-2026", authority, "Targeted prohibition on AI training compute",
                "50 U.S.C. 1701-1702; EO on AI (Phase 2)", ProgramScope.lists("ENTITY_LIST"),
                List.of(ProgramEffect.of(ServiceType.AI_TRAINING_COMPUTE, verdict)), ENACTED, null, 1, description,
                List.of());
    }

    private static Decision withProgram(Program p, ServiceRequest s, LocalDate asOf) {
        List<Program> programs = new ArrayList<>(DefaultPrograms.builtIn());
        programs.add(p);
        return new ScreeningPolicy(ScreeningConfig.defaults()).evaluate(s, Customer.named("DeepSeek"),
                facts().match(deepSeekOnEntityList()).build(), asOf, programs);
    }

    @Test
    void anEnactedProhibitionSaysWhatItProhibitsAndFromWhenNotJustItsName() {
        Decision d = withProgram(enacted("IEEPA", Verdict.PROHIBITED, ""), ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE),
                ENACTED);

        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.TARGETED_SERVICE_PROHIBITION)).singleElement()
                .satisfies(r -> assertThat(r.explanation())
                        .contains("Targeted prohibition on AI training compute: Furnishing AI training compute to a"
                                + " party in its scope is prohibited from 2026-12-01 (IEEPA).")
                        .doesNotEndWith(": "));
    }

    @Test
    void anEnactedProgramsOwnDescriptionLeadsItsExplanation() {
        Decision d = withProgram(enacted("IEEPA", Verdict.REVIEW, "Phase 2 review period"),
                ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), ENACTED);

        assertThat(d.reasonsWith(ReasonCode.PROGRAM_EFFECT)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("Phase 2 review period. Furnishing AI training"
                        + " compute to a party in its scope needs review before provisioning from 2026-12-01 (IEEPA)."));
    }

    @Test
    void aLicenseUnderANonEarProgramIsThatAuthoritysNotAnEntityListEntrysPolicy() {
        Decision d = withProgram(enacted("OFAC", Verdict.LICENSE_REQUIRED, ""),
                ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), ENACTED);

        Reason r = d.reasonsWith(ReasonCode.PROGRAM_EFFECT).stream()
                .filter(x -> x.verdict() == Verdict.LICENSE_REQUIRED).findFirst().orElseThrow();
        assertThat(r.explanation()).contains("needs a license from OFAC from 2026-12-01")
                .doesNotContain("License review policy").doesNotContain("as stated in the entry");
        assertThat(r.licenseReviewPolicy()).isEmpty();
    }

    @Test
    void inAProhibitedAnswerEveryMilderReasonSaysItDoesNotLiftTheProhibition() {
        Designation sdnAndNsCmic = Fixtures.sdn("SDN-9", "Lab", LocalDate.of(2026, 1, 1), "IEEPA-AI");
        Designation nsCmic = Fixtures.onList("NS_CMIC", "NSCMIC-9", "Lab", LocalDate.of(2026, 1, 1));
        Decision d = evaluate(ServiceType.GENERAL_COMPUTE, facts().match(sdnAndNsCmic).match(nsCmic).build(), ASOF);

        assertThat(d.verdict()).isEqualTo(Verdict.PROHIBITED);
        assertThat(d.reasonsWith(ReasonCode.NS_CMIC_SECURITIES_ONLY)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("no restriction on providing services")
                        .endsWith(Decision.PROHIBITED_ELSEWHERE));
        assertThat(d.reasonsWith(ReasonCode.BLOCKED_PARTY)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).doesNotContain(Decision.PROHIBITED_ELSEWHERE));
    }

    @Test
    void anAnswerThatIsNotProhibitedAddsNothingToItsReasons() {
        Designation nsCmic = Fixtures.onList("NS_CMIC", "NSCMIC-9", "Lab", LocalDate.of(2026, 1, 1));
        Decision d = evaluate(ServiceType.GENERAL_COMPUTE, facts().match(nsCmic).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.NS_CMIC_SECURITIES_ONLY)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).doesNotContain(Decision.PROHIBITED_ELSEWHERE));
    }

    @Test
    void theSafetyDialogueNoteDoesNotPresentTheAskedForCarveOutAsLaw() {
        Decision d = evaluate(ServiceType.AI_SAFETY_DIALOGUE, facts().match(deepSeekOnEntityList()).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.AI_SAFETY_DIALOGUE_CARVE_OUT)).singleElement()
                .satisfies(r -> assertThat(r.explanation())
                        .contains("only if the dialogue releases technology or software subject to the EAR",
                                "confirm none is released", "is not law yet")
                        .doesNotContain("does not restrict"));
    }

    @Test
    void theMeuNoteForADialogueSpeaksOfTheDialogueNotOfCloudServices() {
        Designation meu = Fixtures.onList("MEU", "MEU-1", "Military Co", LocalDate.of(2025, 1, 1));
        Decision d = evaluate(ServiceType.AI_SAFETY_DIALOGUE, facts().match(meu).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.MEU_CLOUD_SERVICE_NOT_AN_ITEM)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("Supp. No. 2 to part 744", "confirm none is released")
                        .doesNotContain("Cloud services"));
    }

    @Test
    void theChinaTrainingRedFlagStartsWithTheGuidanceNotBefore() {
        ServiceRequest training = ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE);
        Customer cn = Customer.named("Co").headquarteredIn("CN");

        assertThat(evaluate(training, cn, facts().build(), LocalDate.of(2025, 5, 12))
                .has(ReasonCode.COUNTRY_GROUP_D5_AI_TRAINING_RED_FLAG)).isFalse();
        assertThat(evaluate(training, cn, facts().build(), LocalDate.of(2025, 5, 13))
                .has(ReasonCode.COUNTRY_GROUP_D5_AI_TRAINING_RED_FLAG)).isTrue();
    }

    @Test
    void derivativeExposureCitesTheProgramThePersonIsBlockedUnderNotTheCyberOrder() {
        Designation iran = Fixtures.sdn("SDN-2", "Some Bank", LocalDate.of(2020, 1, 1), "IRAN");
        Decision d = evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE).fromProvider("SG"), Customer.named("x"),
                facts().match(iran).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.DERIVATIVE_SANCTIONS_EXPOSURE)).singleElement()
                .satisfies(r -> assertThat(r.citation()).startsWith("50 U.S.C. 1702; ")
                        .contains(DefaultPrograms.sdn().citation()).doesNotContain("EO 13694").doesNotContain("FAQ"))
                .satisfies(r -> assertThat(r.explanation()).contains("furnishing AI training compute to a person"
                        + " blocked under OFAC Specially Designated Nationals").doesNotContain("AI_TRAINING_COMPUTE"));
    }

    @Test
    void aListedOfficerCitesTheControlAndOfficerFaqs() {
        Hit officer = Hit.match(Fixtures.sdn("SDN-P", "Zhang San", ASOF.minusYears(1)), "Zhang San", 0.97)
                .about("officer:Zhang San");
        Decision d = evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Co").incorporatedOn(
                ASOF.minusYears(5)), facts().hit(officer).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.LISTED_OFFICER)).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("OFAC FAQs 398, 400").doesNotContain("401"))
                .satisfies(r -> assertThat(r.explanation()).contains("do not deal with that person acting for the"
                        + " customer"));
    }

    @Test
    void aCompanyWhoseAgeIsUnknownIsNotCalledYoungButTreatedSo() {
        Designation listed = deepSeekOnEntityList();
        Decision unknown = evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Co"),
                facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build(), ASOF);
        Decision young = evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Co").incorporatedOn(
                ASOF.minusDays(30)), facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build(), ASOF);

        assertThat(unknown.reasonsWith(ReasonCode.FRONT_COMPANY_RED_FLAG)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).startsWith("Company of unknown age")
                        .contains("treated as young, fail closed", "Obtain the incorporation date", "sharing an address")
                        .doesNotContain("Young company"));
        assertThat(young.reasonsWith(ReasonCode.FRONT_COMPANY_RED_FLAG)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).startsWith("Young company (incorporated 2026-03-02, within"
                        + " 365 days before 2026-04-01) sharing an address").doesNotContain("Obtain"));
    }

    @Test
    void aResellerIsToldWhatToDoWithoutTheProposedRuleStatedAsADuty() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.GENERAL_COMPUTE),
                Customer.named("Co").ofType(CustomerType.RESELLER), facts().build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.DOWNSTREAM_CUSTOMERS_UNSCREENED)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).startsWith("The customer is a reseller:")
                        .contains("identify and screen the downstream customers", "would make this a duty")
                        .doesNotContain("RESELLER").doesNotContain("must be"));
    }

    @Test
    void theNsCmicNoteDatesThePurchaseBanInsteadOfStatingItAsInForce() {
        Designation nsCmic = Fixtures.onList("NS_CMIC", "NSCMIC-9", "Lab", LocalDate.of(2026, 7, 1));
        Decision d = evaluate(ServiceType.STORAGE, facts().match(nsCmic).build(), LocalDate.of(2026, 8, 1));

        assertThat(d.reasonsWith(ReasonCode.NS_CMIC_SECURITIES_ONLY)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("from 60 days after the listing",
                        "purchase prohibition begins: 2026-08-30 (not yet reached"));
    }

    @Test
    void anOwnershipRedFlagEndsWithOneInstruction() {
        RedFlag unknown = new RedFlag("LISTED_OWNER_PERCENT_UNKNOWN", "X (SDN S-1) owns an unknown percentage of C. The"
                + " ownership totals in this answer count it as 0, so C may in fact be blocked (OFAC 50% rule) or an"
                + " affiliate (BIS Affiliates Rule): obtain the percentage", "", List.of(), null);
        Decision d = evaluate(ServiceType.STORAGE, facts().flag(unknown).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.LISTED_OWNER_PERCENT_UNKNOWN)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).endsWith("obtain the percentage. Resolve it before proceeding."));
    }

    @Test
    void anMeuEntryWithoutAPolicyGetsTheRulesOwnPresumptionOfDenialNotNotStated() {
        Designation meu = Fixtures.onList("MEU", "MEU-1", "Some Institute", LocalDate.of(2024, 1, 1));
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("x"), facts().match(meu).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.MEU_LICENSE_REQUIRED)).singleElement()
                .satisfies(r -> assertThat(r.licenseReviewPolicy()).isEqualTo("PRESUMPTION_OF_DENIAL"))
                .satisfies(r -> assertThat(r.explanation()).contains("License review policy: presumption of denial"
                        + " (15 CFR 744.21(e); the entry states none)").doesNotContain("not stated"));
    }

    @Test
    void anEntityListEntryWithoutAPolicySaysWhereToReadItAndKeepsItUnspecified() {
        Designation el = Fixtures.onList("ENTITY_LIST", "EL-9", "Some Lab", LocalDate.of(2024, 1, 1));
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("x"), facts().match(el).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.ENTITY_LIST_LICENSE_REQUIRED)).singleElement()
                .satisfies(r -> assertThat(r.licenseReviewPolicy()).isEqualTo("UNSPECIFIED"))
                .satisfies(r -> assertThat(r.explanation()).contains("License review policy: not stated in the data"
                        + " received: see the entry as published (Supp. No. 4 to part 744)"));
    }

    @Test
    void anAffiliatesLicenseTextPointsToItsOwnersEntriesNotToAnEntryOfItsOwn() {
        DerivedStatus affiliate = DerivedStatus.affiliate("60", List.of(deepSeekOnEntityList()), "",
                LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, OwnershipPath.of(OwnershipStep.of("DeepSeek", "60", "Frontco")));
        Decision d = evaluate(ServiceRequest.export("4A994"), Customer.named("Frontco"), facts().derived(affiliate).build(),
                LocalDate.of(2026, 11, 10));

        assertThat(d.reasonsWith(ReasonCode.ENTITY_LIST_AFFILIATE_LICENSE_REQUIRED)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("for an affiliate: of its listed owners' entries",
                        "License requirement: as stated in the listed owners' entries"));
    }

    @Test
    void aStaleListWithoutADateSaysSoAndWhatToDoInsteadOfAsOfNull() {
        List<ListStatus> lists = Fixtures.freshListsExcept(new ListStatus("ENTITY_LIST", true, true, "EL@unknown", null));
        Decision d = evaluate(ServiceType.STORAGE, facts().lists(lists).build(), ASOF);

        assertThat(d.reasonsWith(ReasonCode.LIST_STALE)).singleElement()
                .satisfies(r -> assertThat(r.explanation()).contains("version EL@unknown, date unknown",
                        "Refresh the list (or screen against a current copy by hand) before provisioning")
                        .doesNotContain("null"));
    }
}
