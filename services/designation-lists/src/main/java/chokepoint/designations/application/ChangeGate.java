package chokepoint.designations.application;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Makes a screening see each change of this replica entirely or not at all. A change (an
 * import, an agency write) is "in flight" from just before its transaction commits until the
 * name index holds what it committed. Without this, a screening in that window would read the
 * new list versions from PostgreSQL but match against the old names: a verdict claiming a list
 * version it did not use, and possibly a CLEAR for a party that version lists.
 *
 * <p>A screening takes a stamp once nothing is in flight, does its work, and keeps the result
 * only if the stamp is unchanged (a seqlock). Waiting is bounded; a screening that cannot get a
 * quiet moment fails closed (the caller answers "unavailable, retry").
 */
final class ChangeGate {

    private final Set<Object> inFlight = Collections.newSetFromMap(new IdentityHashMap<>());
    private long published;

    /** A change is about to commit (called inside its transaction). */
    synchronized void begin(Object change) {
        inFlight.add(change);
        published++;
    }

    /** The change committed and is applied, or rolled back. Idempotent per change. */
    synchronized void end(Object change) {
        if (inFlight.remove(change)) {
            published++;
            notifyAll();
        }
    }

    /**
     * Waits until no change is in flight and returns the stamp to check the work against, or -1
     * when changes were still in flight after {@code maxWaitMillis}.
     */
    synchronized long awaitQuiet(long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000L;
        while (!inFlight.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            wait(Math.max(1, left / 1_000_000L));
        }
        return published;
    }

    /** The stamp to check the work against if no change is in flight now, else -1; never waits. */
    synchronized long quietStamp() {
        return inFlight.isEmpty() ? published : -1;
    }

    /** Whether nothing began or ended since {@code stamp} was taken. */
    synchronized boolean unchangedSince(long stamp) {
        return inFlight.isEmpty() && published == stamp;
    }
}
