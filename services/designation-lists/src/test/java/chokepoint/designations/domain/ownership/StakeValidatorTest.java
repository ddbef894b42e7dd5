package chokepoint.designations.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeValidatorTest {
    static final LocalDate D1 = LocalDate.of(2026, 1, 1);
    static final LocalDate D2 = LocalDate.of(2026, 6, 1);

    @Test
    void exactDecimalPercentsParse() {
        assertThat(StakeValidator.parsePercent("percent", "50").value()).isEqualByComparingTo("50");
        assertThat(StakeValidator.parsePercent("percent", "33.33").value()).isEqualTo(new BigDecimal("33.33"));
        assertThat(StakeValidator.parsePercent("percent", "100").ok()).isTrue();
    }

    @Test
    void invalidPercentsAreRejectedNamingTheField() {
        for (String bad : new String[] {"fifty", "-5", "0", "100.01", "1e2", "", "12.1234567"}) {
            Validated<BigDecimal> v = StakeValidator.parsePercent("owners[2].percent", bad);
            assertThat(v.ok()).as(bad).isFalse();
            assertThat(v.violations().get(0).field()).isEqualTo("owners[2].percent");
        }
    }

    @Test
    void effectiveToBeforeOrOnEffectiveFromIsRejected() {
        assertThat(StakeValidator.validateDates(D2, D1)).extracting(Violation::field).containsExactly("effectiveTo");
        assertThat(StakeValidator.validateDates(D1, D1)).hasSize(1);
        assertThat(StakeValidator.validateDates(D1, D2)).isEmpty();
        assertThat(StakeValidator.validateDates(D1, null)).isEmpty();
    }

    @Test
    void stakesAddingUpToMoreThanHundredPercentOnADateAreRejectedWithDateAndSum() {
        List<Stake> stakes = List.of(new Stake("A", "C", new BigDecimal("60"), D1, null, "s"),
                new Stake("B", "C", new BigDecimal("40.5"), D2, null, "s"));
        List<Violation> v = StakeValidator.validateTotals(stakes);
        assertThat(v).hasSize(1);
        assertThat(v.get(0).date()).isEqualTo(D2);
        assertThat(v.get(0).sum()).isEqualByComparingTo("100.5");
    }

    @Test
    void successiveStakesThatDoNotOverlapAreAccepted() {
        List<Stake> stakes = List.of(new Stake("A", "C", new BigDecimal("60"), D1, D2, "s"),
                new Stake("B", "C", new BigDecimal("60"), D2, null, "s"), Stake.unknown("Z", "C", D1));
        assertThat(StakeValidator.validateTotals(stakes)).isEmpty();
    }

    @Test
    void threeThirdsOfExactlyNinetyNinePointNineNineAreAccepted() {
        List<Stake> stakes = List.of(Stake.of("A", "C", "33.33", D1), Stake.of("B", "C", "33.33", D1), Stake.of("Z", "C", "33.33", D1));
        assertThat(StakeValidator.validateTotals(stakes)).isEmpty();
        List<Stake> more = new java.util.ArrayList<>(stakes);
        more.add(Stake.of("Q", "C", "0.02", D1));
        assertThat(StakeValidator.validateTotals(more)).extracting(Violation::sum).containsExactly(new BigDecimal("100.01"));
    }
}
