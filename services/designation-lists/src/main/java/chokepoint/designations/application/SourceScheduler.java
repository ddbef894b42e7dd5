package chokepoint.designations.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Refreshes the sources that are due, one after the other (a file set of hundreds of MB is
 * held in memory while it is imported; one at a time keeps that bounded). Every tick looks at
 * the persisted next-attempt times, so replicas and restarts agree on what is due; the
 * per-source lock keeps two replicas from refreshing the same source at once.
 */
@ApplicationScoped
public class SourceScheduler {

    private static final Logger LOG = Logger.getLogger(SourceScheduler.class);

    @Inject
    SourceRefresher refresher;

    @Scheduled(identity = "list-sources", every = "${chokepoint.sources.tick:30s}", delayed = "${chokepoint.sources.first-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        runDue();
    }

    /** Refreshes every due source; returns their names. Never throws: a source's failure is its own. */
    public List<String> runDue() {
        List<String> due;
        try {
            due = refresher.due(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("list sources: cannot read their state; will try again at the next tick", e);
            return List.of();
        }
        for (String name : due) {
            try {
                refresher.refresh(name, false, SourceRefresher.Trigger.SCHEDULE, "scheduler", list -> true);
            } catch (SourceRefresher.NotRun e) {
                LOG.infof("list source %s not refreshed: %s", name, e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf(e, "list source %s: the refresh failed unexpectedly; the active list versions stay", name);
            }
        }
        return due;
    }
}
