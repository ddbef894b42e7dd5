package chokepoint.paip.domain;

import static chokepoint.paip.domain.Fixtures.LATEST_2026;
import static chokepoint.paip.domain.Fixtures.lab;
import static chokepoint.paip.domain.Fixtures.pkg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverTest {

    private static SanctionPackage imposed() {
        return Paip.impose(pkg(lab(), "A", "B", "C", "D", "E"), lab(), LATEST_2026).withDesignationIds(List.of("d-1", "d-2"));
    }

    private static ReasonCode reasonOf(Runnable r) {
        try {
            r.run();
        } catch (PaipRuleException e) {
            return e.primary().reason();
        }
        throw new AssertionError("expected a PaipRuleException");
    }

    @Test
    void congressMustBeNotifiedWithin15DaysOfTheWaiver() {
        SanctionPackage w = Paip.waive(imposed(), LocalDate.of(2026, 12, 20), "National interest determination.");
        assertThat(w.status()).isEqualTo(PackageStatus.WAIVED);
        assertThat(w.waiver().waivedOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(w.waiver().congressNoticeDue()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void waiverNeedsANationalInterestJustification() {
        assertThatThrownBy(() -> Paip.waive(imposed(), LocalDate.of(2026, 9, 1), "  "))
                .isInstanceOfSatisfying(PaipRuleException.class, e -> {
                    assertThat(e.primary().reason()).isEqualTo(ReasonCode.PAIP_WAIVER_NEEDS_JUSTIFICATION);
                    assertThat(e.primary().citation()).isEqualTo("50 U.S.C. 1709(c)(1)");
                });
    }

    @Test
    void packageCannotBeWaivedTwice() {
        SanctionPackage w = Paip.waive(imposed(), LocalDate.of(2026, 9, 1), "Reasons.");
        assertThat(reasonOf(() -> Paip.waive(w, LocalDate.of(2026, 9, 2), "Again."))).isEqualTo(ReasonCode.PAIP_ALREADY_WAIVED);
    }

    @Test
    void waiverBeforeThePackageTakesEffectIsOutOfOrder() {
        assertThat(reasonOf(() -> Paip.waive(imposed(), LocalDate.of(2026, 7, 31), "Reasons.")))
                .isEqualTo(ReasonCode.PAIP_DATES_OUT_OF_ORDER);
    }

    @Test
    void onlyAnImposedPackageCanBeWaived() {
        assertThat(reasonOf(() -> Paip.waive(pkg(lab(), "A", "B", "C", "D", "E"), LocalDate.of(2026, 9, 1), "Reasons.")))
                .isEqualTo(ReasonCode.PAIP_NOT_IMPOSED);
    }

    @Test
    void waiverLiftsTheDesignationsFromItsDate() {
        SanctionPackage w = Paip.waive(imposed(), LocalDate.of(2026, 9, 1), "Reasons.");
        assertThat(Paip.removalsOnWaiver(w)).extracting(Waivers.Removal::designationId, Waivers.Removal::effectiveOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("d-1", LocalDate.of(2026, 9, 1)),
                        org.assertj.core.groups.Tuple.tuple("d-2", LocalDate.of(2026, 9, 1)));
    }
}
