package chokepoint.gateway.adapter.client;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class OutageLogTest {

    private final AtomicLong clock = new AtomicLong(1_000);
    private final OutageLog log = new OutageLog(clock::get);

    @Test
    void theFirstFailureOfAServiceAndCauseIsLoggedWithTheStatusItGave() {
        assertThat(log.record("designation-lists", "UNAVAILABLE", "io exception"))
                .isEqualTo("designation-lists could not answer (UNAVAILABLE: io exception); screenings and requests needing it fail closed");
    }

    @Test
    void repeatsWithinTheWindowAreCountedAndSummedInTheNextLine() {
        assertThat(log.record("cloud-prohibition", "DEADLINE_EXCEEDED", null)).isNotNull();
        for (int i = 0; i < 41; i++) {
            clock.addAndGet(100_000_000L);
            assertThat(log.record("cloud-prohibition", "DEADLINE_EXCEEDED", null)).isNull();
        }
        clock.addAndGet(OutageLog.WINDOW_NANOS);
        assertThat(log.record("cloud-prohibition", "DEADLINE_EXCEEDED", null))
                .isEqualTo("cloud-prohibition could not answer (DEADLINE_EXCEEDED); screenings and requests needing it fail closed"
                        + " (42 such failures since the last line about it)");
        // the window starts again from that line
        clock.addAndGet(1_000_000L);
        assertThat(log.record("cloud-prohibition", "DEADLINE_EXCEEDED", null)).isNull();
    }

    @Test
    void eachServiceAndCauseHasItsOwnWindow() {
        assertThat(log.record("designation-lists", "UNAVAILABLE", null)).isNotNull();
        assertThat(log.record("designation-lists", "INTERNAL", "RST_STREAM")).isNotNull();
        assertThat(log.record("cloud-prohibition", "UNAVAILABLE", null)).isNotNull();
        assertThat(log.record("designation-lists", "UNAVAILABLE", null)).isNull();
    }
}
