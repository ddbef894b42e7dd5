package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.ceo;
import static chokepoint.paip.domain.Fixtures.lab;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IdentificationRulesTest {

    private static Function<String, Optional<Identification>> known(Identification... ids) {
        Map<String, Identification> m = new java.util.HashMap<>();
        for (Identification i : ids) {
            m.put(i.id(), i);
        }
        return id -> Optional.ofNullable(m.get(id));
    }

    private static List<ReasonCode> reasons(Identification i, Function<String, Optional<Identification>> lookup) {
        return Paip.validateIdentification(i, lookup).stream().map(Violation::reason).toList();
    }

    private static Identification with(Identification i, Clause clause, Party party, String narrative, String related) {
        return new Identification(i.id(), party, clause, i.financialInstitution(), i.reportYear(), narrative, related, i.evidence(),
                i.period(), i.theftOccurredOn());
    }

    @Test
    void clauseIEntityWithNarrativeIsValid() {
        assertThat(reasons(lab(), known())).isEmpty();
    }

    @Test
    void clauseIPersonNeedsTheA1BNarrative() {
        List<Violation> v = Paip.validateIdentification(with(lab(), Clause.I, lab().party(), " ", ""), known());
        assertThat(v).extracting(Violation::reason).containsExactly(ReasonCode.PAIP_NARRATIVE_REQUIRED);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(a)(1)(B)");
    }

    @Test
    void clauseIVOfficerLinkedToAClauseIEntityIsValid() {
        assertThat(reasons(ceo(), known(lab()))).isEmpty();
    }

    @Test
    void clauseIVOfficerMustLinkToAnIdentifiedEntity() {
        assertThat(reasons(with(ceo(), Clause.IV, ceo().party(), ceo().narrative(), ""), known()))
                .containsExactly(ReasonCode.PAIP_RELATED_IDENTIFICATION_REQUIRED);
        assertThat(reasons(ceo(), known())).containsExactly(ReasonCode.PAIP_RELATED_IDENTIFICATION_NOT_FOUND);
    }

    @Test
    void clauseIVLinkMustBeAClauseIOrIIEntity() {
        Identification subsidiary = new Identification("ident-lab", Party.organization("Sub Co."), Clause.III, false, 2026, "",
                "x", List.of());
        assertThat(reasons(ceo(), known(subsidiary))).containsExactly(ReasonCode.PAIP_RELATED_IDENTIFICATION_WRONG_CLAUSE);
        Identification individual = with(lab(), Clause.I, Party.person("Someone"), "narrative", "");
        assertThat(reasons(ceo(), known(individual))).containsExactly(ReasonCode.PAIP_RELATED_IDENTIFICATION_NOT_AN_ENTITY);
    }

    @Test
    void clauseIVIsAnIndividualAndClauseIIIAnEntity() {
        assertThat(reasons(with(ceo(), Clause.IV, Party.organization("Board Co."), "assessment", "ident-lab"), known(lab())))
                .containsExactly(ReasonCode.PAIP_CLAUSE_IV_NOT_AN_INDIVIDUAL);
        assertThat(reasons(with(ceo(), Clause.III, Party.person("Owner"), "", "ident-lab"), known(lab())))
                .containsExactly(ReasonCode.PAIP_CLAUSE_III_NOT_AN_ENTITY);
    }

    @Test
    void clauseIIIEntityLinksToTheClauseIOrIIPersonControllingIt() {
        Identification sub = new Identification("ident-sub", Party.organization("Front Co."), Clause.III, false, 2026, "",
                "ident-lab", List.of());
        assertThat(reasons(sub, known(lab()))).isEmpty();
        assertThat(reasons(with(sub, Clause.III, sub.party(), "", ""), known(lab())))
                .containsExactly(ReasonCode.PAIP_RELATED_IDENTIFICATION_REQUIRED);
    }

    @Test
    void clauseIVAssessmentIsRequired() {
        assertThat(reasons(with(ceo(), Clause.IV, ceo().party(), "", "ident-lab"), known(lab())))
                .containsExactly(ReasonCode.PAIP_ASSESSMENT_REQUIRED);
    }

    @Test
    void onlyIndividualsAndEntitiesArePersons() {
        Party vessel = new Party(Party.Kind.VESSEL, "MV Example", null, null, null, null, null, null, null, null, null);
        assertThat(reasons(with(lab(), Clause.II, vessel, "", ""), known())).containsExactly(ReasonCode.PAIP_NOT_A_PERSON);
    }

    @Test
    void reportYearsRunFromTheFirstReportUntilTheSunset() {
        Identification y2022 = new Identification("x", Party.organization("X"), Clause.II, false, 2022, "", "", List.of());
        Identification y2030 = new Identification("x", Party.organization("X"), Clause.II, false, 2030, "", "", List.of());
        Identification y2029 = new Identification("x", Party.organization("X"), Clause.II, false, 2029, "", "", List.of());
        assertThat(reasons(y2022, known())).containsExactly(ReasonCode.PAIP_REPORT_YEAR_OUT_OF_RANGE);
        assertThat(reasons(y2030, known())).containsExactly(ReasonCode.PAIP_REPORT_YEAR_OUT_OF_RANGE);
        assertThat(reasons(y2029, known())).isEmpty();
    }

    @Test
    void clauseITheftMustHaveOccurredOnOrAfterEnactment() {
        Identification early = new Identification("x", Party.organization("X"), Clause.I, false, 2026, "n", "", List.of(), null,
                LocalDate.of(2023, 1, 4));
        assertThat(reasons(early, known())).containsExactly(ReasonCode.PAIP_THEFT_BEFORE_ENACTMENT);
    }

    @Test
    void periodMustBeTheOneYearPrecedingSubmission() {
        Identification wrong = new Identification("x", Party.organization("X"), Clause.II, false, 2026, "", "", List.of(),
                new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 7, 4)), null);
        Identification right = new Identification("x", Party.organization("X"), Clause.II, false, 2026, "", "", List.of(),
                new ReportPeriod(LocalDate.of(2025, 6, 30), LocalDate.of(2026, 6, 30)), null);
        Identification backwards = new Identification("x", Party.organization("X"), Clause.II, false, 2026, "", "", List.of(),
                new ReportPeriod(LocalDate.of(2026, 6, 30), LocalDate.of(2025, 6, 30)), null);
        assertThat(reasons(wrong, known())).containsExactly(ReasonCode.PAIP_PERIOD_MISMATCH);
        assertThat(reasons(right, known())).isEmpty();
        assertThat(reasons(backwards, known())).containsExactly(ReasonCode.PAIP_DATES_OUT_OF_ORDER);
    }

    @Test
    void identifyFillsTheDefaultPeriod() {
        assertThat(Paip.identify(lab(), known()).period())
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 7, 4), LocalDate.of(2026, 7, 4)));
    }
}
