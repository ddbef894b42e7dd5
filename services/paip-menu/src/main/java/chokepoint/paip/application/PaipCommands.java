package chokepoint.paip.application;

import chokepoint.api.paip.v1.Effect;
import chokepoint.paip.adapter.grpc.DesignationRequests;
import chokepoint.paip.adapter.grpc.PaipProtoMapper;
import chokepoint.paip.adapter.persistence.IdentificationEntity;
import chokepoint.paip.adapter.persistence.OutboxEntity;
import chokepoint.paip.adapter.persistence.PackageEntity;
import chokepoint.paip.adapter.persistence.ProtoJson;
import chokepoint.paip.adapter.persistence.RequestLogEntity;
import chokepoint.paip.domain.Calibration;
import chokepoint.paip.domain.CongressReport;
import chokepoint.paip.domain.DesignationIntent;
import chokepoint.paip.domain.Identification;
import chokepoint.paip.domain.Paip;
import chokepoint.paip.domain.PaipRuleException;
import chokepoint.paip.domain.ReasonCode;
import chokepoint.paip.domain.SanctionPackage;
import chokepoint.paip.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PAIP use cases. Every write is one transaction that validates with the domain first (a refusal stores nothing),
 * records the request id (a retry returns the first result), and, for a package, writes the outbox rows that carry
 * its designations to designation-lists exactly once ({@link OutboxDispatcher}).
 */
@ApplicationScoped
public class PaipCommands {

    /** A write's result, and whether the request id was a replay. */
    public record Written<T>(T value, boolean replayed) {
    }

    /** Fired inside a write that enqueued outbox rows; the dispatcher runs once it committed. */
    public record OutboxChanged(String packageId) {
    }

    @Inject
    EntityManager em;

    @Inject
    Event<OutboxChanged> outboxChanged;

    private static final SecureRandom RANDOM = new SecureRandom();

    // ---------------------------------------------------------------- identifications

    @Transactional
    public Written<Identification> identify(String requestId, chokepoint.api.paip.v1.Identification proto) {
        requireRequestId(requestId);
        Optional<RequestLogEntity> seen = replay(requestId, "identify");
        if (seen.isPresent()) {
            return new Written<>(identification(seen.get().resultRef), true);
        }
        Identification requested = PaipProtoMapper.toDomain(proto.toBuilder().setId("").build());
        Identification valid = Paip.identify(requested, this::findIdentification).withId(newId("idn_"));
        IdentificationEntity e = new IdentificationEntity();
        e.id = valid.id();
        e.reportYear = valid.reportYear();
        e.clause = valid.clause().name();
        e.data = ProtoJson.print(PaipProtoMapper.toProto(valid));
        e.recordedAt = Instant.now();
        em.persist(e);
        log(requestId, "identify", e.id);
        return new Written<>(valid, false);
    }

    @Transactional
    public Identification identification(String id) {
        return findIdentification(id).orElseThrow(() -> new PaipNotFound("PAIP_IDENTIFICATION_NOT_FOUND", "identification_id",
                "no identification " + id));
    }

    Optional<Identification> findIdentification(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        IdentificationEntity e = em.find(IdentificationEntity.class, id);
        return e == null ? Optional.empty()
                : Optional.of(PaipProtoMapper.toDomain(ProtoJson.parse(e.data, chokepoint.api.paip.v1.Identification.newBuilder()).build()));
    }

    /** (b): "the most recent report submitted" is the latest report year among the stored identifications. */
    @Transactional
    public OptionalInt mostRecentReportYear() {
        Integer max = em.createQuery("select max(i.reportYear) from IdentificationEntity i", Integer.class).getSingleResult();
        return max == null ? OptionalInt.empty() : OptionalInt.of(max);
    }

    // ---------------------------------------------------------------- packages

    @Transactional
    public SanctionPackage propose(String identificationId, String calibration) {
        Calibration c = PaipProtoMapper.calibration(calibration);
        return Paip.propose(identification(requiredId(identificationId, "identification_id")), c);
    }

    @Transactional
    public Written<chokepoint.api.paip.v1.Package> impose(String requestId, chokepoint.api.paip.v1.Package proto) {
        requireRequestId(requestId);
        Optional<RequestLogEntity> seen = replay(requestId, "impose");
        if (seen.isPresent()) {
            return new Written<>(view(seen.get().resultRef), true);
        }
        Identification ident = identification(requiredId(proto.getIdentificationId(), "package.identification_id"));
        // Output-only fields of the request are ignored: the service decides status, id, waiver and designations.
        SanctionPackage requested = PaipProtoMapper.toDomain(proto.toBuilder().clearId().clearStatus().clearWaivedOn()
                .clearWaiverJustification().clearCongressNoticeDue().clearDesignationIds().clearEffects().build());
        SanctionPackage imposed = Paip.impose(requested, ident, mostRecentReportYear()).withId(newId("pkg_"));
        List<DesignationIntent> intents = Paip.designationsImplied(imposed, ident);

        Instant now = Instant.now();
        PackageEntity p = new PackageEntity();
        p.id = imposed.id();
        p.identificationId = ident.id();
        p.status = imposed.status().name();
        p.data = ProtoJson.print(PaipProtoMapper.toProto(imposed).toBuilder().addAllEffects(effects(intents)).build());
        p.recordedAt = now;
        p.updatedAt = now;
        em.persist(p);
        em.flush();
        int position = 0;
        for (DesignationIntent intent : intents) {
            if (!intent.isDesignation()) {
                continue;
            }
            OutboxEntity create = row(intent.idempotencyKey(), p.id, OutboxEntity.CREATE,
                    ProtoJson.print(DesignationRequests.designation(intent, imposed, intents)), position++, now);
            em.persist(create);
            OutboxEntity sunset = row(intent.idempotencyKey() + ":sunset", p.id, OutboxEntity.REMOVE_AT_SUNSET,
                    ProtoJson.print(DesignationRequests.sunsetRemoval()), position++, now);
            // sent right after the designation exists, dated 2030-01-05: the designation carries its end from the
            // start, and a waiver later moves the removal earlier (designation-lists keeps both facts)
            sunset.dependsOn = create.id;
            em.persist(sunset);
        }
        log(requestId, "impose", p.id);
        outboxChanged.fire(new OutboxChanged(p.id));
        return new Written<>(view(p.id), false);
    }

    /**
     * (c): waives an imposed package from the given date: status WAIVED, the congress notice deadline, and one removal
     * per designation the package creates (effective the waiver date, before the sunset removal already recorded);
     * sunset removals not yet sent are superseded.
     */
    @Transactional
    public Written<chokepoint.api.paip.v1.Package> waive(String requestId, String packageId, LocalDate waivedOn, String justification) {
        requireRequestId(requestId);
        Optional<RequestLogEntity> seen = replay(requestId, "waive");
        if (seen.isPresent()) {
            return new Written<>(view(seen.get().resultRef), true);
        }
        PackageEntity p = em.find(PackageEntity.class, requiredId(packageId, "package_id"), LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new PaipNotFound("PAIP_PACKAGE_NOT_FOUND", "package_id", "no package " + packageId);
        }
        chokepoint.api.paip.v1.Package stored = ProtoJson.parse(p.data, chokepoint.api.paip.v1.Package.newBuilder()).build();
        SanctionPackage waived = Paip.waive(PaipProtoMapper.toDomain(stored), waivedOn, justification);
        List<Effect> effects = stored.getEffectsList().stream()
                .map(e -> e.toBuilder().setRemovedOn(waivedOn.toString()).build()).toList();
        p.data = ProtoJson.print(PaipProtoMapper.toProto(waived).toBuilder().addAllEffects(effects).build());
        p.status = waived.status().name();
        p.updatedAt = Instant.now();
        em.createQuery("update OutboxEntity o set o.state = :superseded, o.lastError = :why where o.packageId = :p "
                        + "and o.kind = :sunset and o.state = :pending")
                .setParameter("superseded", OutboxEntity.SUPERSEDED)
                .setParameter("why", "superseded by the waiver effective " + waivedOn)
                .setParameter("p", p.id).setParameter("sunset", OutboxEntity.REMOVE_AT_SUNSET)
                .setParameter("pending", OutboxEntity.PENDING).executeUpdate();
        String payload = ProtoJson.print(DesignationRequests.waiverRemoval(p.id, waivedOn, justification));
        Instant now = Instant.now();
        for (OutboxEntity create : rows(p.id, OutboxEntity.CREATE)) {
            OutboxEntity removal = row(create.id + ":waiver", p.id, OutboxEntity.REMOVE_ON_WAIVER, payload, create.position, now);
            removal.dependsOn = create.id;
            em.persist(removal);
        }
        log(requestId, "waive", p.id);
        outboxChanged.fire(new OutboxChanged(p.id));
        return new Written<>(view(p.id), false);
    }

    /** The package as stored, with its designation ids and the state of each effect from the outbox. */
    @Transactional
    public chokepoint.api.paip.v1.Package view(String packageId) {
        PackageEntity p = em.find(PackageEntity.class, requiredId(packageId, "id"));
        if (p == null) {
            throw new PaipNotFound("PAIP_PACKAGE_NOT_FOUND", "id", "no package " + packageId);
        }
        chokepoint.api.paip.v1.Package.Builder b = ProtoJson.parse(p.data, chokepoint.api.paip.v1.Package.newBuilder());
        Map<String, OutboxEntity> byId = em.createQuery("select o from OutboxEntity o where o.packageId = :p", OutboxEntity.class)
                .setParameter("p", p.id).getResultStream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<Effect> effects = new ArrayList<>();
        for (Effect e : b.getEffectsList()) {
            OutboxEntity create = byId.get(e.getKey());
            if (create == null) {
                effects.add(e.toBuilder().setState("RECORDED").build());
                continue;
            }
            Effect.Builder eb = e.toBuilder().setState(create.state).setDesignationId(nz(create.resultRef))
                    .setLastError(nz(create.lastError));
            OutboxEntity removal = byId.getOrDefault(e.getKey() + ":waiver", byId.get(e.getKey() + ":sunset"));
            if (removal != null) {
                boolean scheduled = OutboxEntity.PENDING.equals(removal.state) && removal.notBefore != null;
                eb.setRemovalState(scheduled ? "SCHEDULED" : removal.state);
                if (OutboxEntity.FAILED.equals(removal.state) && removal.lastError != null) {
                    eb.setLastError(removal.lastError);
                }
            }
            effects.add(eb.build());
        }
        return b.clearEffects().addAllEffects(effects).build();
    }

    // ---------------------------------------------------------------- report

    @Transactional
    public CongressReport report(int year) {
        if (year < chokepoint.paip.domain.ReportPeriod.FIRST_YEAR || year > chokepoint.paip.domain.ReportPeriod.lastYear()) {
            throw new PaipRuleException(Violation.of(ReasonCode.PAIP_REPORT_YEAR_OUT_OF_RANGE, "(a)(1)", "year",
                    "reports are due for " + chokepoint.paip.domain.ReportPeriod.FIRST_YEAR + ".."
                            + chokepoint.paip.domain.ReportPeriod.lastYear() + "; " + year + " is outside them"));
        }
        List<Identification> idents = em.createQuery("select i from IdentificationEntity i order by i.id", IdentificationEntity.class)
                .getResultStream().map(e -> PaipProtoMapper.toDomain(
                        ProtoJson.parse(e.data, chokepoint.api.paip.v1.Identification.newBuilder()).build())).toList();
        List<SanctionPackage> pkgs = em.createQuery("select p from PackageEntity p order by p.id", PackageEntity.class)
                .getResultStream().map(e -> PaipProtoMapper.toDomain(
                        ProtoJson.parse(e.data, chokepoint.api.paip.v1.Package.newBuilder()).build())).toList();
        return Paip.report(year, idents, pkgs);
    }

    // ---------------------------------------------------------------- helpers

    List<OutboxEntity> rows(String packageId, String kind) {
        return em.createQuery("select o from OutboxEntity o where o.packageId = :p and o.kind = :k order by o.position",
                OutboxEntity.class).setParameter("p", packageId).setParameter("k", kind).getResultList();
    }

    static List<Effect> effects(List<DesignationIntent> intents) {
        return intents.stream().map(i -> Effect.newBuilder().setKey(i.idempotencyKey()).setMeasure(i.measure())
                .setKind(i.kind().name()).setList(i.list()).setCitation(i.citation()).setSubjectName(i.party().name())
                .setEffectiveFrom(i.effectiveFrom().toString()).setRemovedOn(i.removedOn().toString()).setRemarks(i.remarks())
                .addAllExceptions(i.exceptions()).build()).toList();
    }

    private static OutboxEntity row(String id, String packageId, String kind, String payload, int position, Instant now) {
        OutboxEntity o = new OutboxEntity();
        o.id = id;
        o.packageId = packageId;
        o.kind = kind;
        o.payload = payload;
        o.state = OutboxEntity.PENDING;
        o.position = position;
        o.createdAt = now;
        return o;
    }

    private Optional<RequestLogEntity> replay(String requestId, String operation) {
        RequestLogEntity seen = em.find(RequestLogEntity.class, requestId);
        if (seen != null && !seen.operation.equals(operation)) {
            throw new RequestRefused("REQUEST_ID_REUSED", "request_id",
                    "request id " + requestId + " was used for a different operation (" + seen.operation + ")", false);
        }
        return Optional.ofNullable(seen);
    }

    private void log(String requestId, String operation, String ref) {
        RequestLogEntity l = new RequestLogEntity();
        l.requestId = requestId;
        l.operation = operation;
        l.resultRef = ref;
        l.createdAt = Instant.now();
        em.persist(l);
    }

    private static void requireRequestId(String requestId) {
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            throw new RequestRefused("MISSING_REQUEST_ID", "request_id",
                    "writes need a request_id (1-200 characters) so that a retry never writes twice", true);
        }
    }

    private static String requiredId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new PaipRuleException(Violation.of(ReasonCode.PAIP_FIELD_REQUIRED, "", field, field + " is required"));
        }
        return id.strip();
    }

    static String newId(String prefix) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return prefix + java.util.HexFormat.of().formatHex(b);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
