package chokepoint.designations.application;

import chokepoint.designations.domain.Designation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InForceCacheTest {

    static final LocalDate MARCH = LocalDate.parse("2026-03-01");

    static Designation sdn(String id) {
        return new Designation(id, "SDN", "OFAC", null, LocalDate.parse("2026-01-10"), null, null, null, 1,
                Instant.parse("2026-01-10T00:00:00Z"), "v1");
    }

    @Test
    void whatWasReadUnderAStampIsAnsweredUnderThatStampAndDateOnly() throws Exception {
        ChangeGate gate = new ChangeGate();
        InForceCache cache = new InForceCache();
        long stamp = gate.awaitQuiet(10);
        assertThat(cache.read(List.of("a"), MARCH, stamp)).as("nothing read yet").isNull();

        cache.remember(List.of("a", "gone"), Map.of("a", sdn("a")), MARCH, stamp, gate);

        assertThat(cache.read(List.of("a", "gone"), MARCH, stamp)).as("'gone' was read as not in force: kept as such")
                .containsExactly(Map.entry("a", sdn("a")));
        assertThat(cache.read(List.of("a", "other"), MARCH, stamp)).as("one id never read: the database must answer").isNull();
        assertThat(cache.read(List.of("a"), MARCH.plusDays(1), stamp)).as("another date").isNull();
        assertThat(cache.read(List.of("a"), MARCH, stamp + 1)).as("another stamp").isNull();
        assertThat(cache.read(List.of(), MARCH, stamp + 1)).as("no hits need nothing").isEmpty();
    }

    @Test
    void aReadThatAChangeOverlappedIsNotKeptAndAChangeRetiresWhatWasKept() throws Exception {
        ChangeGate gate = new ChangeGate();
        InForceCache cache = new InForceCache();
        long before = gate.awaitQuiet(10);
        cache.remember(List.of("a"), Map.of("a", sdn("a")), MARCH, before, gate);

        Object change = new Object();
        gate.begin(change); // e.g. a removal of "a" about to commit, after the read above
        cache.remember(List.of("b"), Map.of("b", sdn("b")), MARCH, before, gate);
        gate.end(change);

        long after = gate.awaitQuiet(10);
        assertThat(after).isNotEqualTo(before);
        assertThat(cache.read(List.of("a"), MARCH, after)).as("held from before the change: never answered after it").isNull();
        assertThat(cache.read(List.of("b"), MARCH, before)).as("read while the change was in flight: not kept").isNull();

        cache.remember(List.of("a"), Map.of(), MARCH, after, gate);
        assertThat(cache.read(List.of("a"), MARCH, after)).as("read again after the removal: not in force").isEmpty();
        cache.remember(List.of("a"), Map.of("a", sdn("a")), MARCH, before, gate);
        assertThat(cache.read(List.of("a"), MARCH, after)).as("a late read under the old stamp does not replace the new view")
                .isEmpty();
    }

    @Test
    void itIsBoundedAndStartsAfreshWhenFull() throws Exception {
        ChangeGate gate = new ChangeGate();
        InForceCache cache = new InForceCache();
        long stamp = gate.awaitQuiet(10);
        for (int i = 0; i < InForceCache.MAX_ENTRIES; i++) {
            cache.remember(List.of("d" + i), Map.of(), MARCH, stamp, gate);
        }
        assertThat(cache.size()).isEqualTo(InForceCache.MAX_ENTRIES);
        cache.remember(List.of("one-more"), Map.of(), MARCH, stamp, gate);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.read(List.of("d0"), MARCH, stamp)).isNull();
        assertThat(cache.read(List.of("one-more"), MARCH, stamp)).isEmpty();
    }
}
