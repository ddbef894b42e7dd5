package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.LATEST_2026;
import static chokepoint.paip.domain.Fixtures.PACKAGE_DATE;
import static chokepoint.paip.domain.Fixtures.bank;
import static chokepoint.paip.domain.Fixtures.ceo;
import static chokepoint.paip.domain.Fixtures.lab;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProposalsTest {

    static Stream<Arguments> everyCalibrationForABankAndANonBank() {
        return Stream.of(Calibration.values()).flatMap(c -> Stream.of(Arguments.of(c, "non-bank", lab()), Arguments.of(c, "bank", bank())));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyCalibrationForABankAndANonBank")
    void presetIsValidForBanksAndNonBanks(Calibration calibration, String label, Identification ident) {
        SanctionPackage p = Paip.propose(ident, calibration, PACKAGE_DATE);
        assertThat(Paip.validate(p, ident, LATEST_2026)).isEmpty();
        assertThat(p.status()).isEqualTo(PackageStatus.PROPOSED);
        assertThat(p.reasoning()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("50 U.S.C. 1709"));
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyCalibrationForABankAndANonBank")
    void presetWithoutDateIsValidFromTheReportDueDate(Calibration calibration, String label, Identification ident) {
        SanctionPackage p = Paip.propose(ident, calibration);
        assertThat(p.effectiveFrom()).isEqualTo(ReportPeriod.dueDate(2026));
        assertThat(Paip.validate(p, ident, LATEST_2026)).isEmpty();
    }

    @Test
    void severeIsSubstantialEconomicIsolation() {
        SanctionPackage p = Paip.propose(lab(), Calibration.SEVERE, PACKAGE_DATE);
        assertThat(p.measures()).containsExactly("A", "B", "H", "I", "J");
        assertThat(p.licenseRequirement()).isEqualTo("For all items subject to the EAR");
        assertThat(p.licenseReviewPolicy()).isEqualTo("Presumption of denial");
        assertThat(p.reasoning()).anySatisfy(s -> assertThat(s).contains("substantial economic isolation"));
    }

    @Test
    void severeForABankAddsBothFClauses() {
        SanctionPackage p = Paip.propose(bank(), Calibration.SEVERE, PACKAGE_DATE);
        assertThat(p.measures()).containsExactly("A", "B", "F(i)", "F(ii)", "H", "I", "J");
        assertThat(Menu.sanctionCount(p.menuMeasures())).isEqualTo(7);
    }

    @Test
    void leverageSignalsDisapprovalWithoutBlocking() {
        SanctionPackage p = Paip.propose(lab(), Calibration.LEVERAGE, PACKAGE_DATE);
        assertThat(p.measures()).containsExactly("C", "D", "E", "G", "K");
        assertThat(p.measures()).doesNotContain("A", "B");
        assertThat(p.licenseRequirement()).isEmpty();
        assertThat(p.reasoning()).anySatisfy(s -> assertThat(s).contains("signal disapproval"));
    }

    @Test
    void proposalForAnIndividualIsTheMandatoryB2Sanctions() {
        SanctionPackage p = Paip.propose(ceo(), Calibration.LEVERAGE, PACKAGE_DATE);
        assertThat(p.measures()).containsExactly("(b)(2)(A)", "(b)(2)(B)");
        assertThat(Paip.validate(p, ceo(), LATEST_2026)).isEmpty();
    }

    @Test
    void unknownCalibrationIsRefused() {
        assertThatThrownBy(() -> Paip.propose(lab(), null, PACKAGE_DATE))
                .isInstanceOfSatisfying(PaipRuleException.class,
                        e -> assertThat(e.primary().reason()).isEqualTo(ReasonCode.PAIP_UNKNOWN_CALIBRATION));
        assertThat(Calibration.parse("severe")).contains(Calibration.SEVERE);
        assertThat(Calibration.parse("MILD")).isEmpty();
    }
}
