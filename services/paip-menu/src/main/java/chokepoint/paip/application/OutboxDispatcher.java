package chokepoint.paip.application;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.paip.adapter.grpc.DesignationRequests;
import chokepoint.paip.adapter.persistence.OutboxEntity;
import chokepoint.paip.adapter.persistence.PackageEntity;
import chokepoint.paip.adapter.persistence.ProtoJson;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the outbox to designation-lists. Each row is claimed with {@code FOR UPDATE SKIP LOCKED} in its own
 * transaction, sent with its idempotency key as the request id, and marked DONE with the designation id in the
 * same transaction. designation-lists answers a repeated request id with the first result and writes nothing, so
 * a crash after its commit and before ours makes the next pass send the row again and receive the same designation:
 * nothing is lost, nothing doubles.
 *
 * <p>Runs right after a write committed ({@link PaipCommands.OutboxChanged}) and every few seconds. An outage
 * (UNAVAILABLE, a missed deadline, a token problem) leaves the row PENDING with a growing back-off; a refusal
 * (INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND) marks it FAILED with designation-lists' reason.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    /** Result of one pass. */
    public record Pass(int sent, int done, int failed, int retrying, int waiting) {
    }

    private enum Result { DONE, FAILED, RETRY, WAITING, SETTLED, SKIPPED }

    @GrpcClient("designations")
    DesignationServiceGrpc.DesignationServiceBlockingStub designations;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "chokepoint.paip.service-token", defaultValue = "")
    String serviceToken;

    /**
     * Fault injection for the crash test (e2e PaipCrashIT), never set in a deployment: the process halts right after
     * designation-lists answered a create and before paip-menu records it, the point where a real crash would leave
     * the designation written and the outbox row pending.
     */
    @ConfigProperty(name = "chokepoint.paip.fault.halt-after-create", defaultValue = "false")
    boolean haltAfterCreate;

    @ConfigProperty(name = "chokepoint.paip.outbox.deadline", defaultValue = "5s")
    Duration deadline;

    @ConfigProperty(name = "chokepoint.paip.outbox.retry-base", defaultValue = "2s")
    Duration retryBase;

    @ConfigProperty(name = "chokepoint.paip.outbox.after-commit", defaultValue = "true")
    boolean afterCommit;

    private volatile Clock clock = Clock.systemUTC();
    private final ReentrantLock pass = new ReentrantLock();

    /** Tests move the dispatcher's "today" (e.g. to the sunset). */
    public void useClock(Clock c) {
        this.clock = c;
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaipCommands.OutboxChanged e) {
        if (!afterCommit) {
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                runOnce();
            } catch (RuntimeException ex) {
                LOG.warnf("outbox pass after package %s failed; the scheduled pass retries: %s", e.packageId(), ex.toString());
            }
        });
    }

    @Scheduled(every = "${chokepoint.paip.outbox.every:5s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** One pass over every due row, oldest first. */
    public Pass runOnce() {
        pass.lock();
        try {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
            List<String> due = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "select o.id from OutboxEntity o where o.state = :pending and (o.notBefore is null or o.notBefore <= :today) "
                                    + "and (o.nextAttemptAt is null or o.nextAttemptAt <= :now) order by o.createdAt, o.position", String.class)
                    .setParameter("pending", OutboxEntity.PENDING).setParameter("today", today).setParameter("now", now)
                    .setMaxResults(500).getResultList());
            int sent = 0, done = 0, failed = 0, retrying = 0, waiting = 0;
            for (String id : due) {
                Result r = QuarkusTransaction.requiringNew().call(() -> process(id, now));
                switch (r) {
                    case DONE -> { sent++; done++; }
                    case FAILED -> { sent++; failed++; }
                    case RETRY -> { sent++; retrying++; }
                    case WAITING -> waiting++;
                    case SETTLED, SKIPPED -> { }
                }
            }
            return new Pass(sent, done, failed, retrying, waiting);
        } finally {
            pass.unlock();
        }
    }

    private Result process(String id, Instant now) {
        List<?> claimed = em.createNativeQuery("select id from outbox where id = :id and state = 'PENDING' for update skip locked")
                .setParameter("id", id).getResultList();
        if (claimed.isEmpty()) {
            return Result.SKIPPED;
        }
        OutboxEntity row = em.find(OutboxEntity.class, id);
        em.refresh(row);
        String designationId = null;
        if (!OutboxEntity.CREATE.equals(row.kind)) {
            OutboxEntity create = em.find(OutboxEntity.class, row.dependsOn);
            if (create == null || OutboxEntity.FAILED.equals(create.state) || OutboxEntity.SUPERSEDED.equals(create.state)) {
                row.state = OutboxEntity.SUPERSEDED;
                row.lastError = "nothing to remove: the designation of " + row.dependsOn + " was never created";
                row.doneAt = now;
                return Result.SETTLED;
            }
            if (!OutboxEntity.DONE.equals(create.state)) {
                return Result.WAITING;
            }
            designationId = create.resultRef;
        }
        if (serviceToken == null || serviceToken.isBlank()) {
            return retry(row, now, "no service token configured (chokepoint.paip.service-token / CHOKEPOINT_SERVICE_TOKEN)");
        }
        row.attempts++;
        DesignationServiceGrpc.DesignationServiceBlockingStub stub = ClientAuth.withToken(designations, serviceToken)
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            if (OutboxEntity.CREATE.equals(row.kind)) {
                Designation d = ProtoJson.parse(row.payload, Designation.newBuilder()).build();
                CreateDesignationResponse r = stub.createDesignation(
                        CreateDesignationRequest.newBuilder().setRequestId(row.id).setDesignation(d).build());
                if (haltAfterCreate) {
                    LOG.errorf("fault injection (chokepoint.paip.fault.halt-after-create): halting after designation-lists "
                            + "created %s for row %s, before recording it", r.getDesignation().getId(), row.id);
                    Runtime.getRuntime().halt(137);
                }
                row.resultRef = r.getDesignation().getId();
                done(row, now, null);
                recordDesignationIds(row.packageId, now);
            } else {
                String purpose = OutboxEntity.REMOVE_ON_WAIVER.equals(row.kind) ? "waiver" : "sunset";
                RemoveDesignationRequest base = ProtoJson.parse(row.payload, RemoveDesignationRequest.newBuilder()).build();
                stub.removeDesignation(base.toBuilder().setId(designationId)
                        .setRequestId(DesignationRequests.removalRequestId(row.packageId, designationId, purpose)).build());
                row.resultRef = designationId;
                done(row, now, null);
            }
            return Result.DONE;
        } catch (StatusRuntimeException e) {
            Map<String, String> info = GrpcErrors.errorInfo(e);
            String reason = info.getOrDefault("reason", e.getStatus().getCode().name());
            String why = "designation-lists answered " + e.getStatus().getCode() + " " + reason + ": "
                    + info.getOrDefault("message", String.valueOf(e.getStatus().getDescription()));
            if (transientFailure(e.getStatus().getCode())) {
                return retry(row, now, why);
            }
            if (OutboxEntity.REMOVE_AT_SUNSET.equals(row.kind) && "DESIGNATION_REMOVED".equals(reason)) {
                done(row, now, "already removed (" + why + ")");
                return Result.DONE;
            }
            row.state = OutboxEntity.FAILED;
            row.lastError = truncate(why);
            LOG.errorf("outbox row %s refused, needs attention: %s", row.id, why);
            return Result.FAILED;
        }
    }

    private static boolean transientFailure(Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND, ALREADY_EXISTS, OUT_OF_RANGE, UNIMPLEMENTED -> false;
            // UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, INTERNAL, UNKNOWN, RESOURCE_EXHAUSTED, CANCELLED, DATA_LOSS, and
            // UNAUTHENTICATED / PERMISSION_DENIED (a token to fix in the configuration): keep the row, try again later.
            default -> true;
        };
    }

    private Result retry(OutboxEntity row, Instant now, String why) {
        long factor = 1L << Math.min(Math.max(row.attempts - 1, 0), 16);
        Duration wait = retryBase.multipliedBy(factor);
        if (wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        row.nextAttemptAt = now.plus(wait);
        row.lastError = truncate(why);
        LOG.warnf("outbox row %s not delivered (attempt %d), retry after %s: %s", row.id, row.attempts, wait, why);
        return Result.RETRY;
    }

    private static void done(OutboxEntity row, Instant now, String note) {
        row.state = OutboxEntity.DONE;
        row.doneAt = now;
        row.nextAttemptAt = null;
        row.lastError = note == null ? null : truncate(note);
    }

    /** Stores the package's designation ids (from its DONE create rows, in intent order) on the package. */
    private void recordDesignationIds(String packageId, Instant now) {
        PackageEntity p = em.find(PackageEntity.class, packageId, LockModeType.PESSIMISTIC_WRITE);
        List<String> ids = em.createQuery("select o.resultRef from OutboxEntity o where o.packageId = :p and o.kind = :k "
                        + "and o.state = :done order by o.position", String.class)
                .setParameter("p", packageId).setParameter("k", OutboxEntity.CREATE).setParameter("done", OutboxEntity.DONE)
                .getResultList();
        chokepoint.api.paip.v1.Package.Builder b = ProtoJson.parse(p.data, chokepoint.api.paip.v1.Package.newBuilder());
        p.data = ProtoJson.print(b.clearDesignationIds().addAllDesignationIds(ids.stream().distinct().toList()).build());
        p.updatedAt = now;
    }

    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
