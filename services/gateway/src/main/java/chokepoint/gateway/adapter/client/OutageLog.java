package chokepoint.gateway.adapter.client;

import org.jboss.logging.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Says in the gateway's log why a service behind it (or the audit store) could not answer, so an operator who
 * sees 503s (or UNAVAILABLE) knows which one failed and how, with the status it gave (which clients are not shown).
 * During an outage every request fails the same way, so one line per service and cause is written at most
 * every {@link #WINDOW_NANOS} and says how many such failures it stands for.
 */
public final class OutageLog {

    static final long WINDOW_NANOS = 5_000_000_000L;
    private static final Logger LOG = Logger.getLogger(OutageLog.class);

    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    OutageLog(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The gateway's log. */
    public static final OutageLog SYSTEM = new OutageLog(System::nanoTime);

    private static final class Window {
        final AtomicLong openedAt;
        final AtomicLong count = new AtomicLong();

        Window(long now) {
            openedAt = new AtomicLong(now);
        }
    }

    /** Records one failure and logs it when due. */
    public void failed(String service, String code, String description) {
        String line = record(service, code, description);
        if (line != null) {
            LOG.warn(line);
        }
    }

    /** The line to log for this failure, or null while its service and cause were logged within the window. */
    String record(String service, String code, String description) {
        long now = nanoClock.getAsLong();
        String key = service + ' ' + code;
        Window w = windows.get(key);
        if (w == null) {
            Window fresh = new Window(now);
            w = windows.putIfAbsent(key, fresh);
            if (w == null) {
                return line(service, code, description, 1);
            }
        }
        long opened = w.openedAt.get();
        w.count.incrementAndGet();
        if (now - opened >= WINDOW_NANOS && w.openedAt.compareAndSet(opened, now)) {
            return line(service, code, description, Math.max(1, w.count.getAndSet(0)));
        }
        return null;
    }

    private static String line(String service, String code, String description, long count) {
        String what = service + " could not answer (" + code + (description == null ? "" : ": " + description)
                + "); screenings and requests needing it fail closed";
        return count == 1 ? what : what + " (" + count + " such failures since the last line about it)";
    }
}
