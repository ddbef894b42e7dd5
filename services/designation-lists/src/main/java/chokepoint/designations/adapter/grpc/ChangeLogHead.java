package chokepoint.designations.adapter.grpc;

import chokepoint.designations.adapter.persistence.DesignationStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The newest sequence committed to the change log, read for all WatchChanges streams together.
 *
 * <p>A caught-up watcher needs the log read again only once something was appended. Each stream reading the log
 * on a timer cost one query per watcher every poll: a hundred idle watchers, four hundred queries a second. One
 * read of the head here serves them all; a stream reads its changes when the head is past what it sent.
 * Sequences commit in order (DesignationStore.recordChange), so a head past a stream's last sequence means its
 * next changes are committed and readable.
 *
 * <p>Read only once a first watcher connected; until the first read, the head is unknown and streams read as
 * before.
 */
@ApplicationScoped
public class ChangeLogHead {

    private static final Logger LOG = Logger.getLogger(ChangeLogHead.class);

    /** Not read yet: every caught-up stream reads the log itself. */
    static final long UNKNOWN = Long.MAX_VALUE;

    @Inject
    DesignationStore store;

    private volatile boolean wanted;
    private volatile long head = UNKNOWN;

    /** A stream started: keep the head current from now on. */
    void watched() {
        wanted = true;
    }

    /** The newest committed sequence as last read, or {@link #UNKNOWN}. */
    long latest() {
        return head;
    }

    @Scheduled(every = "${chokepoint.watch.head-interval:PT0.25S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!wanted) {
            return;
        }
        try {
            head = QuarkusTransaction.requiringNew().call(store::lastChangeSequence);
        } catch (RuntimeException e) {
            head = UNKNOWN; // the streams read for themselves (and fail there if the database is gone)
            LOG.warn("reading the change log's head failed; watchers read the log themselves meanwhile", e);
        }
    }
}
