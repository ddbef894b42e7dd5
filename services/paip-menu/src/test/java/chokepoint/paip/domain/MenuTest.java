package chokepoint.paip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MenuTest {

    @Test
    void menuHasTwelveLetteredMeasuresAThroughL() {
        assertThat(Menu.letters()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");
    }

    @Test
    void fIsSplitIntoPrimaryDealerAndRepositoryClausesForFinancialInstitutionsOnly() {
        assertThat(Menu.measures()).hasSize(13);
        assertThat(Menu.measures()).filteredOn(Measure::financialInstitutionsOnly)
                .extracting(Measure::token).containsExactly("F(i)", "F(ii)");
        assertThat(Measure.F_I.letter()).isEqualTo("F");
        assertThat(Measure.F_II.citation()).isEqualTo("50 U.S.C. 1709(b)(1)(F)(ii)");
    }

    @Test
    void fCountsAsTwoSanctionsWhenBothClausesAreChosen() {
        assertThat(Menu.sanctionCount(EnumSet.of(Measure.A, Measure.B, Measure.C, Measure.F_I, Measure.F_II))).isEqualTo(5);
        assertThat(Menu.sanctionCount(EnumSet.of(Measure.A, Measure.B, Measure.C, Measure.F_I))).isEqualTo(4);
    }

    @Test
    void eachMeasureCitesItsSubsectionOfSection1709() {
        assertThat(Measure.A.citation()).isEqualTo("50 U.S.C. 1709(b)(1)(A)");
        assertThat(Measure.L.citation()).isEqualTo("50 U.S.C. 1709(b)(1)(L)");
        assertThat(Measure.B.title()).isEqualTo("Inclusion on entity list");
    }

    @Test
    void tokensParseCaseInsensitivelyButBareFIsNotAMeasure() {
        assertThat(Measure.parse(" f(ii) ")).contains(Measure.F_II);
        assertThat(Measure.parse("F")).isEmpty();
        assertThat(Measure.parse("M")).isEmpty();
    }

    @Test
    void individualsGetTheTwoMandatorySanctionsOfB2() {
        assertThat(Menu.individualSanctions()).extracting(IndividualSanction::citation)
                .containsExactly("50 U.S.C. 1709(b)(2)(A)", "50 U.S.C. 1709(b)(2)(B)");
    }

    @Test
    void theFourExceptionsOfSubsectionEAreRecorded() {
        List<ExceptionClause> e = Menu.exceptions();
        assertThat(e).extracting(ExceptionClause::subsection).containsExactly("(e)(1)", "(e)(2)", "(e)(3)", "(e)(4)");
        assertThat(ExceptionClause.INTERNATIONAL_AGREEMENTS.description()).contains("Headquarters Agreement");
        assertThat(ExceptionClause.IMPORTATION_OF_GOODS.description()).contains("excluding technical data");
    }

    @Test
    void sectionTerminatesSevenYearsAfterJanuary5_2023() {
        assertThat(Statute.TERMINATION_DATE).isEqualTo(LocalDate.of(2030, 1, 5));
        assertThat(Statute.inForceOn(LocalDate.of(2030, 1, 4))).isTrue();
        assertThat(Statute.inForceOn(LocalDate.of(2030, 1, 5))).isFalse();
        assertThat(Statute.inForceOn(LocalDate.of(2023, 1, 4))).isFalse();
    }

    @Test
    void firstReportIsDue180DaysAfterEnactmentAndCoversThePeriodFromEnactment() {
        assertThat(Statute.FIRST_REPORT_DUE).isEqualTo(LocalDate.of(2023, 7, 4));
        assertThat(ReportPeriod.forReportYear(2023))
                .isEqualTo(new ReportPeriod(LocalDate.of(2023, 1, 5), LocalDate.of(2023, 7, 4)));
    }

    @Test
    void laterReportsCoverTheOneYearPeriodPrecedingTheirDueDate() {
        assertThat(ReportPeriod.forReportYear(2026))
                .isEqualTo(new ReportPeriod(LocalDate.of(2025, 7, 4), LocalDate.of(2026, 7, 4)));
        assertThat(ReportPeriod.lastYear()).isEqualTo(2029);
    }
}
