package chokepoint.prohibition.application;

import chokepoint.prohibition.adapter.grpc.ProtoMapper;
import chokepoint.prohibition.adapter.persistence.ProgramRevisionEntity;
import chokepoint.prohibition.adapter.persistence.RequestLogEntity;
import chokepoint.prohibition.domain.DefaultPrograms;
import chokepoint.prohibition.domain.Program;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Programs in force: the built-in ones (code, {@link DefaultPrograms}) and those agencies
 * enacted through the API (PostgreSQL). Both are cached as one list, reloaded after each
 * write, so Evaluate touches the database only for the first evaluation after a change.
 */
@ApplicationScoped
public class Programs {

    public record Enacted(Program program, boolean replayed) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<ProgramsChanged> changed;

    /** Built-in and enacted programs together, as of the last reload; null until then or after a write. */
    private final AtomicReference<List<Program>> all = new AtomicReference<>();

    /**
     * How many program revisions were stored, and the newest id, when {@link #all} was read. Revisions are only ever
     * added, so every committed enactment changes the count, whatever order ids commit in.
     */
    private record Stamp(long revisions, long newestId) {
    }

    private volatile Stamp loaded;

    /** The programs in memory, or null before the first read. Never touches the database. */
    public List<Program> cached() {
        return all.get();
    }

    /** Every program, built-in first; each checks its own window against the screening date. */
    public List<Program> all() {
        List<Program> cached = all.get();
        return cached != null ? cached : reload();
    }

    @Transactional
    public List<Program> reload() {
        // the stamp first: an enactment committed while the rows are read is in them or moves the stamp next time
        Stamp stamp = stamp();
        List<ProgramRevisionEntity> rows = em.createQuery("select r from ProgramRevisionEntity r where r.revision = "
                + "(select max(s.revision) from ProgramRevisionEntity s where s.programId = r.programId) order by r.programId",
                ProgramRevisionEntity.class).getResultList();
        List<Program> out = new ArrayList<>(DefaultPrograms.builtIn());
        for (ProgramRevisionEntity r : rows) {
            out.add(ProtoMapper.toDomain(parse(r.data)));
        }
        List<Program> programs = List.copyOf(out);
        loaded = stamp;
        all.set(programs);
        return programs;
    }

    private Stamp stamp() {
        Object[] row = em.createQuery("select count(r), coalesce(max(r.id), 0) from ProgramRevisionEntity r", Object[].class)
                .getSingleResult();
        return new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Enacts a program, or amends it when its id exists (a new revision). Idempotent by request id. */
    @Transactional
    public Enacted enact(String requestId, chokepoint.api.prohibition.v1.Program proto, String recordedBy) {
        RequestLogEntity seen = em.find(RequestLogEntity.class, requestId);
        if (seen != null) {
            ProgramRevisionEntity r = em.createQuery("select r from ProgramRevisionEntity r where r.id = :id", ProgramRevisionEntity.class)
                    .setParameter("id", Long.parseLong(seen.resultRef)).getSingleResult();
            return new Enacted(ProtoMapper.toDomain(parse(r.data)), true);
        }
        Integer last = em.createQuery("select max(r.revision) from ProgramRevisionEntity r where r.programId = :p", Integer.class)
                .setParameter("p", proto.getId()).getSingleResult();
        int revision = last == null ? 1 : last + 1;
        Program program = ProtoMapper.toDomain(proto.toBuilder().setRevision(revision).build());
        ProgramRevisionEntity r = new ProgramRevisionEntity();
        r.programId = program.id();
        r.revision = revision;
        r.effectiveFrom = program.from();
        r.effectiveTo = program.to();
        r.data = json(ProtoMapper.toProto(program));
        r.recordedBy = recordedBy == null ? "" : recordedBy;
        r.recordedAt = Instant.now();
        em.persist(r);
        em.flush();
        RequestLogEntity log = new RequestLogEntity();
        log.requestId = requestId;
        log.operation = "enact";
        log.resultRef = String.valueOf(r.id);
        log.createdAt = Instant.now();
        em.persist(log);
        changed.fire(new ProgramsChanged());
        return new Enacted(program, false);
    }

    /** Fired on enactment; the cache is dropped only once the write has committed. */
    public record ProgramsChanged() {
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgramsChanged e) {
        all.set(null);
    }

    /**
     * Another replica's enactment reaches this one within this period (its own reload on commit only reaches the
     * replica that wrote it). One count per second while nothing changes; a reload only when the stamp moved. A
     * program enacted with today's date applies from the start of the day; the period bounds how much of that a
     * replica that did not write it can miss, so it is kept short.
     */
    @Scheduled(every = "${chokepoint.programs.refresh:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        if (all.get() == null || !stamp().equals(loaded)) {
            reload();
        }
    }

    private static chokepoint.api.prohibition.v1.Program parse(String json) {
        chokepoint.api.prohibition.v1.Program.Builder b = chokepoint.api.prohibition.v1.Program.newBuilder();
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, b);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("stored program is unreadable", e);
        }
        return b.build();
    }

    private static String json(chokepoint.api.prohibition.v1.Program p) {
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(p);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
