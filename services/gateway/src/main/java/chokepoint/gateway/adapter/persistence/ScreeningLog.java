package chokepoint.gateway.adapter.persistence;

import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import chokepoint.gateway.adapter.client.OutageLog;
import chokepoint.gateway.config.DownstreamConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes the audit record of a screening, committed before the answer leaves the gateway (a verdict without
 * its record is not given).
 *
 * <p>Group commit: a screening hands its record to one writer thread and waits. The writer takes every record
 * waiting at that moment (at most {@link #MAX_BATCH}) and inserts them in one transaction, so under load many
 * screenings share one commit (one WAL flush) instead of paying one each; with a single screening in flight it
 * is a batch of one. If a batch fails, its records are tried one by one, so one bad record fails only its own
 * screening. Reads stay with Hibernate ({@link ScreeningEntity}); this write is on the hot path of every
 * screening, where Hibernate's flush and a JTA transaction per insert cost about as much CPU as the rest of
 * the gateway's work (docs/benchmarks.md).
 *
 * <p>A screening waits at most the downstream deadline for its record. One that gives up before the writer
 * took its record is withdrawn (never written: no record of a verdict that was not given); once taken it waits
 * for that transaction's outcome. The wait is a future ({@link #store}), so the REST edge answers from the
 * writer's commit without a thread parked per screening; {@link #insert} is the same wait for blocking callers.
 */
@ApplicationScoped
public class ScreeningLog {

    private static final Logger LOG = Logger.getLogger(ScreeningLog.class);

    private static final int MAX_BATCH = 256;

    private static final String INSERT = "insert into screening (id, tenant, subject, created_at, as_of, verdict, service_type, "
            + "customer_name, request_pb, response_pb, list_versions, retain_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";

    private static final int WAITING = 0;
    private static final int TAKEN = 1;
    private static final int WITHDRAWN = 2;

    private record Pending(ScreeningEntity record, AtomicInteger state, CompletableFuture<Void> done) {
    }

    private static final Pending STOP = new Pending(null, new AtomicInteger(), new CompletableFuture<>());

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DownstreamConfig config;

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;
    private volatile boolean stopped;

    @PostConstruct
    void start() {
        writer = new Thread(this::writeLoop, "screening-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent ev) {
        stopped = true;
        queue.add(STOP);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stores the record and returns once it is committed. If it cannot be stored the screening is not answered:
     * {@link DownstreamUnavailable} for the audit store, so REST says 503 and gRPC UNAVAILABLE.
     */
    public void insert(ScreeningEntity e) {
        try {
            store(e).join();
        } catch (java.util.concurrent.CompletionException ce) {
            throw unavailable(ce.getCause());
        }
    }

    /**
     * Hands the record to the writer and returns at once: the future completes when the record is committed, or
     * fails with {@link DownstreamUnavailable} when it cannot be. Nothing waits on a thread meanwhile, so a
     * screening answered on an event loop does not hold a worker for its commit.
     */
    public CompletableFuture<Void> store(ScreeningEntity e) {
        if (stopped) {
            return CompletableFuture.failedFuture(new DownstreamUnavailable("screening-audit", "the gateway is shutting down"));
        }
        Pending p = new Pending(e, new AtomicInteger(WAITING), new CompletableFuture<>());
        long waitMs = Math.max(1, config.deadline().toMillis());
        CompletableFuture<Void> result = new CompletableFuture<>();
        // Not taken by the writer within the deadline: withdrawn, never written. Once taken, its transaction decides;
        // ten deadlines more bound a database that stopped answering (a second timer, only for such a record).
        ScheduledFuture<?> deadline = TIMERS.schedule(() -> {
            if (p.state().compareAndSet(WAITING, WITHDRAWN)) {
                OutageLog.SYSTEM.failed("screening-audit", "NOT_TAKEN_IN_TIME", "the writer did not take a record within "
                        + waitMs + " ms (it is still waiting for an earlier commit); the record was withdrawn");
                result.completeExceptionally(new DownstreamUnavailable("screening-audit",
                        "could not record the screening within " + waitMs + " ms"));
            } else if (!result.isDone()) {
                TIMERS.schedule(() -> {
                    if (result.completeExceptionally(new DownstreamUnavailable("screening-audit",
                            "the audit store did not confirm the record within " + waitMs * 11 + " ms"))) {
                        OutageLog.SYSTEM.failed("screening-audit", "COMMIT_UNCONFIRMED", "PostgreSQL did not confirm a commit "
                                + "within " + waitMs * 11 + " ms; its records may still be committed although their screenings "
                                + "were answered 503");
                    }
                }, waitMs * 10, TimeUnit.MILLISECONDS);
            }
        }, waitMs, TimeUnit.MILLISECONDS);
        p.done().whenComplete((ok, failure) -> {
            deadline.cancel(false);
            if (failure == null) {
                result.complete(null);
            } else {
                result.completeExceptionally(unavailable(failure));
            }
        });
        queue.add(p);
        return result;
    }

    /** One timer thread for every pending record's deadline (cancelled, and removed, when the record is done). */
    private static final ScheduledThreadPoolExecutor TIMERS = timers();

    private static ScheduledThreadPoolExecutor timers() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "screening-log-deadlines");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    private static DownstreamUnavailable unavailable(Throwable t) {
        if (t instanceof DownstreamUnavailable du) {
            return du;
        }
        return new DownstreamUnavailable("screening-audit", "could not record the screening: " + t);
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            try {
                batch.clear();
                Pending first = queue.take();
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                boolean stop = batch.remove(STOP);
                batch.removeIf(p -> !p.state().compareAndSet(WAITING, TAKEN));
                if (!batch.isEmpty()) {
                    write(batch);
                }
                if (stop) {
                    failRemaining();
                    return;
                }
            } catch (InterruptedException ie) {
                failRemaining();
                return;
            } catch (RuntimeException | Error ex) {
                // never leave a waiter hanging, and keep the writer alive for the next screenings
                LOG.error("screening log writer failed", ex);
                for (Pending p : batch) {
                    p.done().completeExceptionally(ex);
                }
            }
        }
    }

    private void failRemaining() {
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (Pending p : rest) {
            p.done().completeExceptionally(new DownstreamUnavailable("screening-audit", "the gateway is shutting down"));
        }
    }

    private void write(List<Pending> batch) {
        try {
            insertAll(batch);
            batch.forEach(p -> p.done().complete(null));
            return;
        } catch (SQLException ex) {
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(failure(ex));
                return;
            }
            LOG.warnf("a batch of %d screening records failed (%s: %s); writing them one by one", batch.size(), ex.getSQLState(),
                    ex.getMessage());
        }
        for (Pending p : batch) {
            try {
                insertAll(List.of(p));
                p.done().complete(null);
            } catch (SQLException ex) {
                p.done().completeExceptionally(failure(ex));
            }
        }
    }

    private static DownstreamUnavailable failure(SQLException ex) {
        OutageLog.SYSTEM.failed("screening-audit", "SQLSTATE_" + ex.getSQLState(), ex.getMessage());
        return new DownstreamUnavailable("screening-audit", "could not record the screening (" + ex.getSQLState() + "): "
                + ex.getMessage());
    }

    /**
     * One transaction: every record or none. A batch of one (most of them below a few hundred screenings a second) is
     * a single statement in autocommit, its own transaction: the insert and its commit in one round trip to
     * PostgreSQL instead of two.
     */
    private void insertAll(List<Pending> records) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (records.size() == 1) {
                if (!c.getAutoCommit()) {
                    c.setAutoCommit(true);
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    bind(ps, records.get(0).record());
                    ps.executeUpdate();
                }
                return;
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Pending p : records) {
                    bind(ps, p.record());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException ex) {
                c.rollback();
                throw ex;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void bind(PreparedStatement ps, ScreeningEntity e) throws SQLException {
        ps.setString(1, e.id);
        ps.setString(2, e.tenant);
        ps.setString(3, e.subject);
        ps.setTimestamp(4, Timestamp.from(e.createdAt));
        ps.setObject(5, e.asOf, Types.DATE);
        ps.setString(6, e.verdict);
        ps.setString(7, e.serviceType);
        ps.setString(8, e.customerName);
        ps.setBytes(9, e.requestPb);
        ps.setBytes(10, e.responsePb);
        ps.setString(11, e.listVersions);
        ps.setObject(12, e.retainUntil, Types.DATE);
    }
}
