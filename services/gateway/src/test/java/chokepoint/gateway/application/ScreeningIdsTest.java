package chokepoint.gateway.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningIdsTest {

    /** RFC 9562 Appendix A.6: 2022-02-22T19:22:22Z is the 48-bit millisecond prefix 017F22E279B0. */
    @Test
    void theFirst48BitsAreTheUnixMillisecondsOfTheRfcExample() {
        String id = ScreeningIds.next(Instant.parse("2022-02-22T19:22:22Z"));

        assertThat(id).startsWith("scr_017f22e279b0");
    }

    @Test
    void versionSevenAndTheRfcVariantIn32LowerCaseHexDigits() {
        String id = ScreeningIds.next(Instant.parse("2026-11-29T21:00:00Z"));

        assertThat(id).matches("scr_[0-9a-f]{32}");
        assertThat(id.charAt(4 + 12)).isEqualTo('7');
        assertThat(id.charAt(4 + 16)).isIn('8', '9', 'a', 'b');
    }

    @Test
    void aLaterMillisecondSortsAfterAnEarlierOne() {
        Instant t = Instant.parse("2026-11-29T21:00:00.000Z");

        for (int i = 0; i < 1_000; i++) {
            assertThat(ScreeningIds.next(t.plusMillis(1))).isGreaterThan(ScreeningIds.next(t));
        }
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Instant t = Instant.parse("2026-11-29T21:00:00.000Z");
        Set<String> ids = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            ids.add(ScreeningIds.next(t));
        }

        assertThat(ids).hasSize(10_000);
    }
}
