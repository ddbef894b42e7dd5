package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.LATEST_2026;
import static chokepoint.paip.domain.Fixtures.bank;
import static chokepoint.paip.domain.Fixtures.ceo;
import static chokepoint.paip.domain.Fixtures.lab;
import static chokepoint.paip.domain.Fixtures.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PackageRulesTest {

    private static List<ReasonCode> reasons(List<Violation> v) {
        return v.stream().map(Violation::reason).toList();
    }

    @Test
    void fiveMeasurePackageForAnEntityInTheLatestReportIsValid() {
        assertThat(Paip.validate(pkg(lab(), "A", "B", "C", "D", "E"), lab(), LATEST_2026)).isEmpty();
    }

    @Test
    void fourMeasurePackageIsRefusedWithFewerThanFive() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "B", "C", "D"), lab(), LATEST_2026);
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_FEWER_THAN_FIVE);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(1)");
        assertThat(v.get(0).message()).contains("5 or more");
        assertThat(v.get(0).precondition()).isTrue();
    }

    @Test
    void duplicateMeasureIsRefusedAndCountsOnlyOnce() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "a", "B", "C", "D"), lab(), LATEST_2026);
        assertThat(reasons(v)).containsExactlyInAnyOrder(ReasonCode.PAIP_DUPLICATE_MEASURE, ReasonCode.PAIP_FEWER_THAN_FIVE);
        assertThat(v).filteredOn(x -> x.reason() == ReasonCode.PAIP_DUPLICATE_MEASURE)
                .extracting(Violation::field).containsExactly("package.measures[1]");
    }

    @Test
    void unknownMeasureIsRefusedWithItsField() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "B", "C", "D", "E", "M"), lab(), LATEST_2026);
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_UNKNOWN_MEASURE);
        assertThat(v.get(0).field()).isEqualTo("package.measures[5]");
        assertThat(v.get(0).precondition()).isFalse();
    }

    @Test
    void bareFMustNameItsClause() {
        assertThat(reasons(Paip.validate(pkg(bank(), "A", "B", "C", "D", "F"), bank(), LATEST_2026)))
                .contains(ReasonCode.PAIP_F_CLAUSE_REQUIRED);
    }

    @Test
    void fOnAnEntityThatIsNotAFinancialInstitutionIsRefused() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "B", "C", "D", "F(i)"), lab(), LATEST_2026);
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_NOT_A_FINANCIAL_INSTITUTION);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(1)(F)");
    }

    @Test
    void bothFClausesOnABankCountAsTwoAndReachFive() {
        assertThat(Paip.validate(pkg(bank(), "A", "B", "C", "F(i)", "F(ii)"), bank(), LATEST_2026)).isEmpty();
        assertThat(reasons(Paip.validate(pkg(bank(), "A", "B", "C", "F(i)"), bank(), LATEST_2026)))
                .containsExactly(ReasonCode.PAIP_FEWER_THAN_FIVE);
    }

    @Test
    void lWithoutNamedOfficersIsRefused() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "B", "C", "D", "L"), lab(), LATEST_2026);
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_OFFICERS_NOT_NAMED);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(1)(L)");
    }

    @Test
    void lNeedsANameAndMeasuresForEachOfficer() {
        SanctionPackage p = pkg(lab(), "A", "B", "C", "D", "L").withOfficerSanctions(List.of(
                new OfficerSanction(" ", List.of("A")), new OfficerSanction("Li Example", List.of())));
        assertThat(reasons(Paip.validate(p, lab(), LATEST_2026)))
                .containsExactlyInAnyOrder(ReasonCode.PAIP_OFFICERS_NOT_NAMED, ReasonCode.PAIP_OFFICER_MEASURES_REQUIRED);
    }

    @Test
    void lWithNamedOfficersAndTheirMeasuresIsValid() {
        SanctionPackage p = pkg(lab(), "A", "B", "C", "D", "L")
                .withOfficerSanctions(List.of(new OfficerSanction("Li Example", List.of("A", "K"))));
        assertThat(Paip.validate(p, lab(), LATEST_2026)).isEmpty();
    }

    @Test
    void officersCannotReceiveFOrL() {
        SanctionPackage p = pkg(lab(), "A", "B", "C", "D", "L")
                .withOfficerSanctions(List.of(new OfficerSanction("Li Example", List.of("F(i)", "L"))));
        assertThat(reasons(Paip.validate(p, lab(), LATEST_2026))).containsExactly(
                ReasonCode.PAIP_OFFICER_MEASURE_NOT_APPLICABLE, ReasonCode.PAIP_OFFICER_MEASURE_NOT_APPLICABLE);
    }

    @Test
    void officersWithoutLAreRefused() {
        SanctionPackage p = pkg(lab(), "A", "B", "C", "D", "E")
                .withOfficerSanctions(List.of(new OfficerSanction("Li Example", List.of("A"))));
        assertThat(reasons(Paip.validate(p, lab(), LATEST_2026))).containsExactly(ReasonCode.PAIP_OFFICERS_WITHOUT_L);
    }

    @Test
    void personNotIdentifiedInTheMostRecentReportIsRefused() {
        List<Violation> v = Paip.validate(pkg(lab(), "A", "B", "C", "D", "E"), lab(), OptionalInt.of(2027));
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_NOT_IDENTIFIED_IN_LATEST_REPORT);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(1)");
        assertThat(reasons(Paip.validate(pkg(lab(), "A", "B", "C", "D", "E"), lab(), OptionalInt.empty())))
                .containsExactly(ReasonCode.PAIP_NOT_IDENTIFIED_IN_LATEST_REPORT);
    }

    @Test
    void packageTakingEffectOnOrAfterTheSunsetIsRefused() {
        Identification ident = new Identification("i29", Party.organization("Late Co."), Clause.II, false, 2029, "", "", List.of());
        SanctionPackage onSunset = SanctionPackage.of("p", "i29", LocalDate.of(2030, 1, 5), "A", "B", "C", "D", "E");
        List<Violation> v = Paip.validate(onSunset, ident, OptionalInt.of(2029));
        assertThat(reasons(v)).containsExactly(ReasonCode.PAIP_AFTER_SUNSET);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(f)");
        assertThat(Paip.validate(onSunset.withEffectiveFrom(LocalDate.of(2030, 1, 4)), ident, OptionalInt.of(2029))).isEmpty();
    }

    @Test
    void packageBeforeTheReportPeriodIsOutOfOrder() {
        SanctionPackage early = pkg(lab(), "A", "B", "C", "D", "E").withEffectiveFrom(LocalDate.of(2025, 1, 1));
        assertThat(reasons(Paip.validate(early, lab(), LATEST_2026))).containsExactly(ReasonCode.PAIP_DATES_OUT_OF_ORDER);
    }

    @Test
    void packageWithoutEffectiveDateIsRefused() {
        assertThat(reasons(Paip.validate(pkg(lab(), "A", "B", "C", "D", "E").withEffectiveFrom(null), lab(), LATEST_2026)))
                .containsExactly(ReasonCode.PAIP_EFFECTIVE_DATE_REQUIRED);
    }

    @Test
    void individualHasNoMenu() {
        List<Violation> v = Paip.validate(pkg(ceo(), "A", "B", "C", "D", "E"), ceo(), LATEST_2026);
        assertThat(reasons(v)).hasSize(5).containsOnly(ReasonCode.PAIP_INDIVIDUAL_HAS_NO_MENU);
        assertThat(v.get(0).citation()).isEqualTo("50 U.S.C. 1709(b)(2)");
    }

    @Test
    void individualGetsTheMandatoryB2SanctionsWhenImposed() {
        SanctionPackage imposed = Paip.impose(pkg(ceo()), ceo(), LATEST_2026);
        assertThat(imposed.measures()).containsExactly("(b)(2)(A)", "(b)(2)(B)");
        assertThat(imposed.status()).isEqualTo(PackageStatus.IMPOSED);
    }

    @Test
    void individualSanctionTokensAreNotAMenuForAnEntity() {
        assertThat(reasons(Paip.validate(pkg(lab(), "A", "B", "C", "D", "(b)(2)(A)"), lab(), LATEST_2026)))
                .contains(ReasonCode.PAIP_INDIVIDUAL_SANCTION_ON_ENTITY, ReasonCode.PAIP_FEWER_THAN_FIVE);
    }

    @Test
    void entityListTermsWithoutBAreRefused() {
        SanctionPackage p = pkg(lab(), "A", "C", "D", "E", "G").withLicenseTerms("For all items subject to the EAR", "");
        assertThat(reasons(Paip.validate(p, lab(), LATEST_2026))).containsExactly(ReasonCode.PAIP_ENTITY_LIST_TERMS_WITHOUT_B);
    }

    @Test
    void imposeNormalisesTokensAndDefaultsEntityListTerms() {
        SanctionPackage imposed = Paip.impose(pkg(lab(), "j", "B", " A", "e", "d"), lab(), LATEST_2026);
        assertThat(imposed.measures()).containsExactly("A", "B", "D", "E", "J");
        assertThat(imposed.licenseRequirement()).isEqualTo("For all items subject to the EAR");
        assertThat(imposed.licenseReviewPolicy()).isEqualTo("Presumption of denial");
    }

    @Test
    void imposeThrowsWithEveryViolation() {
        assertThatThrownBy(() -> Paip.impose(pkg(lab(), "F(i)", "L"), lab(), OptionalInt.of(2027)))
                .isInstanceOfSatisfying(PaipRuleException.class, e -> assertThat(reasons(e.violations())).containsExactlyInAnyOrder(
                        ReasonCode.PAIP_NOT_IDENTIFIED_IN_LATEST_REPORT, ReasonCode.PAIP_FEWER_THAN_FIVE,
                        ReasonCode.PAIP_NOT_A_FINANCIAL_INSTITUTION, ReasonCode.PAIP_OFFICERS_NOT_NAMED));
    }
}
