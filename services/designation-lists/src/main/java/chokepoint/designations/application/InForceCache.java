package chokepoint.designations.application;

import chokepoint.designations.domain.Designation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The designations screenings found in force on a date, kept while the {@link ChangeGate}'s stamp they were read under
 * is current, so a customer screened again (a name near a listed one is screened again and again) is answered from
 * memory instead of PostgreSQL.
 *
 * <p>Why that is the database's answer: a designation changes only by a change of this replica (which moves the stamp
 * before it commits) or of another replica (which reaches this one through the change log; following it moves the
 * stamp, within the one second list states are kept, as for every other in-memory answer). An entry is stored only if
 * the stamp did not move between the read and the store, and is looked up only under the same stamp, so no entry
 * outlives a change. "Not in force on that date" is kept too (a removal, a designation not yet in force).
 *
 * <p>Bounded: when it holds more than {@link #MAX_ENTRIES} the next store starts it afresh.
 */
final class InForceCache {

    static final int MAX_ENTRIES = 20_000;

    /** One stamp's entries: per date, designation id → the designation in force, or empty when none was. */
    private record Generation(long stamp, Map<LocalDate, Map<String, Optional<Designation>>> byDate, AtomicInteger size) {
        Generation(long stamp) {
            this(stamp, new ConcurrentHashMap<>(), new AtomicInteger());
        }
    }

    private volatile Generation current = new Generation(-1);

    /** The designations of these ids in force on the date as read under this stamp, or null when one was not read. */
    Map<String, Designation> read(Collection<String> ids, LocalDate asOf, long stamp) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Generation g = current;
        Map<String, Optional<Designation>> day = g.stamp() == stamp ? g.byDate().get(asOf) : null;
        if (day == null) {
            return null;
        }
        Map<String, Designation> out = new HashMap<>();
        for (String id : ids) {
            Optional<Designation> d = day.get(id);
            if (d == null) {
                return null;
            }
            d.ifPresent(x -> out.put(id, x));
        }
        return out;
    }

    /**
     * Keeps what a screening read from PostgreSQL under this stamp (ids without a designation in {@code inForce} were
     * not in force), unless the gate moved since: then the read may predate a change and is not kept.
     */
    void remember(Collection<String> ids, Map<String, Designation> inForce, LocalDate asOf, long stamp, ChangeGate gate) {
        if (ids.isEmpty()) {
            return;
        }
        Generation g = current;
        if (g.stamp() > stamp) {
            return; // read under an older view
        }
        if (g.stamp() != stamp || g.size().get() >= MAX_ENTRIES) {
            g = new Generation(stamp);
            current = g;
        }
        if (!gate.unchangedSince(stamp)) {
            return;
        }
        Map<String, Optional<Designation>> day = g.byDate().computeIfAbsent(asOf, d -> new ConcurrentHashMap<>());
        for (String id : ids) {
            if (day.putIfAbsent(id, Optional.ofNullable(inForce.get(id))) == null) {
                g.size().incrementAndGet();
            }
        }
    }

    /** Entries held (for tests). */
    int size() {
        return current.size().get();
    }
}
