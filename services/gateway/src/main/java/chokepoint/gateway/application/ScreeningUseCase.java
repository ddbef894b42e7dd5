package chokepoint.gateway.application;

import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.api.screening.v1.CreateScreeningRequest;
import chokepoint.api.screening.v1.Screening;
import chokepoint.gateway.adapter.client.Downstream;
import chokepoint.gateway.adapter.persistence.ScreeningEntity;
import chokepoint.gateway.adapter.persistence.ScreeningLog;
import chokepoint.gateway.config.DownstreamConfig;
import chokepoint.gateway.domain.VerdictPolicy;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One screening: resolve the party (designation-lists), evaluate the request
 * (cloud-prohibition), combine, record, answer. Two downstream calls, no back and forth.
 * If either call fails, {@link chokepoint.gateway.adapter.client.DownstreamUnavailable}
 * propagates: the gateway answers 503 and records no verdict (fail closed: never CLEAR).
 */
@ApplicationScoped
public class ScreeningUseCase {

    public record Caller(String subject, String tenant, String token, boolean seesAllTenants) {
    }

    @Inject
    Downstream downstream;

    @Inject
    DownstreamConfig config;

    @Inject
    EntityManager em;

    @Inject
    ScreeningLog log;

    Clock clock = Clock.systemUTC();

    public Screening screen(Caller caller, Party customer, Service service, LocalDate requestedAsOf) {
        return join(screenAsync(caller, customer, service, requestedAsOf));
    }

    /**
     * As {@link #screen}, without a thread waiting on the way: the two downstream calls and the audit commit are
     * chained futures. The result completes only after the record is committed, and fails with the same
     * exceptions {@link #screen} throws (never wrapped), so no verdict is given without its record.
     */
    public CompletableFuture<Screening> screenAsync(Caller caller, Party customer, Service service, LocalDate requestedAsOf) {
        CreateScreeningRequest request = CreateScreeningRequest.newBuilder().setCustomer(customer).setService(service)
                .setAsOf(requestedAsOf == null ? "" : requestedAsOf.toString()).build();
        return unwrapped(evaluateAsync(caller, customer, service, requestedAsOf != null ? requestedAsOf : LocalDate.now(clock))
                .thenCompose(screening -> log.store(entity(caller, screening, request, Instant.ofEpochSecond(
                        screening.getCreatedAt().getSeconds(), screening.getCreatedAt().getNanos())))
                        .thenApply(recorded -> screening)));
    }

    /** The first cause, not a CompletionException around it: callers map exceptions by type. */
    private static <T> CompletableFuture<T> unwrapped(CompletableFuture<T> f) {
        CompletableFuture<T> out = new CompletableFuture<>();
        f.whenComplete((v, t) -> {
            if (t == null) {
                out.complete(v);
            } else {
                out.completeExceptionally(t instanceof CompletionException && t.getCause() != null ? t.getCause() : t);
            }
        });
        return out;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** A stored screening, run again as of its date, and how the new answer compares. */
    public record Replay(Screening original, Screening rerun, boolean reproduced, java.util.List<String> differences) {
    }

    /**
     * Runs a stored screening again with its request, as of its date, against the lists as they are now (the
     * re-run is not recorded). Lists are point-in-time, so later changes do not alter the answer for an earlier
     * date; what can differ is a change recorded afterwards but effective on or before that date (a correction,
     * a back-dated import). Each difference is listed, including list versions that changed.
     */
    public Optional<Replay> replay(Caller caller, String id) {
        Optional<ScreeningEntity> stored = stored(caller, id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Screening original = response(stored.get());
        CreateScreeningRequest request = request(stored.get());
        Screening rerun = join(evaluateAsync(caller, request.getCustomer(), request.getService(),
                LocalDate.parse(original.getAsOf())));
        java.util.List<String> differences = new java.util.ArrayList<>();
        if (rerun.getVerdict() != original.getVerdict()) {
            differences.add("verdict " + original.getVerdict().name() + " -> " + rerun.getVerdict().name());
        }
        java.util.Set<String> before = reasonKeys(original);
        java.util.Set<String> after = reasonKeys(rerun);
        for (String r : before) {
            if (!after.contains(r)) {
                differences.add("reason no longer given: " + r);
            }
        }
        for (String r : after) {
            if (!before.contains(r)) {
                differences.add("new reason: " + r);
            }
        }
        java.util.Set<String> lists = new java.util.TreeSet<>(original.getListVersionsMap().keySet());
        lists.addAll(rerun.getListVersionsMap().keySet());
        for (String l : lists) {
            String was = original.getListVersionsMap().getOrDefault(l, "none");
            String now = rerun.getListVersionsMap().getOrDefault(l, "none");
            if (!was.equals(now)) {
                differences.add("list " + l + " as of " + original.getAsOf() + ": version " + was + " then, " + now + " now");
            }
        }
        boolean reproduced = rerun.getVerdict() == original.getVerdict() && before.equals(after);
        return Optional.of(new Replay(original, rerun, reproduced, differences));
    }

    private static java.util.Set<String> reasonKeys(Screening s) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (chokepoint.api.prohibition.v1.Reason r : s.getReasonsList()) {
            out.add(r.getCode() + " " + r.getVerdict().name() + (r.getDesignationId().isEmpty() ? "" : " " + r.getDesignationId()));
        }
        return out;
    }

    private CompletableFuture<Screening> evaluateAsync(Caller caller, Party customer, Service service, LocalDate asOf) {
        return downstream.resolveParty(caller.token(), ResolvePartyRequest.newBuilder().setParty(customer)
                        .setAsOf(asOf.toString()).build())
                .thenCompose(resolved -> downstream.evaluate(caller.token(), EvaluateRequest.newBuilder().setService(service)
                                .setFacts(resolved.getFacts()).setCustomer(customer).setAsOf(asOf.toString()).build())
                        .thenApply(eval -> combine(caller, customer, service, asOf, resolved.getFacts(), eval)));
    }

    private Screening combine(Caller caller, Party customer, Service service, LocalDate asOf, PartyFacts facts,
                              EvaluateResponse eval) {
        Verdict verdict = toProto(VerdictPolicy.combine(eval.getReasonsList().stream().map(r -> fromProto(r.getVerdict())).toList(), true));

        Map<String, String> versions = new TreeMap<>();
        for (ListStatus l : facts.getListsList()) {
            if (l.getLoaded()) {
                versions.put(l.getList(), l.getVersionId());
            }
        }
        Instant now = Instant.now(clock);
        return Screening.newBuilder()
                .setId(ScreeningIds.next(now))
                .setVerdict(verdict)
                .addAllReasons(eval.getReasonsList())
                .setAsOf(asOf.toString())
                .putAllListVersions(versions)
                .setTenant(caller.tenant())
                .setCreatedAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
                .setCustomer(customer)
                .setService(service)
                .build();
    }

    void record(Caller caller, Screening s, CreateScreeningRequest request, Instant now) {
        log.insert(entity(caller, s, request, now));
    }

    private ScreeningEntity entity(Caller caller, Screening s, CreateScreeningRequest request, Instant now) {
        ScreeningEntity e = new ScreeningEntity();
        e.id = s.getId();
        e.tenant = caller.tenant();
        e.subject = caller.subject() == null ? "" : caller.subject();
        e.createdAt = now;
        e.asOf = LocalDate.parse(s.getAsOf());
        e.verdict = s.getVerdict().name();
        e.serviceType = s.getService().getType().name();
        e.customerName = s.getCustomer().getName();
        e.requestPb = request.toByteArray();
        e.responsePb = s.toByteArray();
        e.listVersions = json(s.getListVersionsMap());
        e.retainUntil = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(config.retention().toDays());
        return e;
    }

    /** A recorded screening, to its own tenant only (others get nothing, not even its existence). */
    @Transactional
    public Optional<Screening> find(Caller caller, String id) {
        return stored(caller, id).map(ScreeningUseCase::response);
    }

    @Transactional
    Optional<ScreeningEntity> stored(Caller caller, String id) {
        ScreeningEntity e = em.find(ScreeningEntity.class, id);
        if (e == null || !(caller.seesAllTenants() || e.tenant.equals(caller.tenant()))) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** The stored answer: binary since gateway migration V2, JSON before. */
    static Screening response(ScreeningEntity e) {
        return decode(e.responsePb, e.response, Screening.getDefaultInstance(), e.id);
    }

    /** The stored request: binary since gateway migration V2, JSON before. */
    static CreateScreeningRequest request(ScreeningEntity e) {
        return decode(e.requestPb, e.request, CreateScreeningRequest.getDefaultInstance(), e.id);
    }

    @SuppressWarnings("unchecked")
    private static <M extends com.google.protobuf.Message> M decode(byte[] binary, String json, M type, String id) {
        try {
            return binary != null ? (M) type.getParserForType().parseFrom(binary)
                    : (M) parse(json, type.newBuilderForType()).build();
        } catch (InvalidProtocolBufferException ex) {
            throw new IllegalStateException("the stored " + type.getDescriptorForType().getName() + " of screening " + id
                    + " is unreadable", ex);
        }
    }

    private static <B extends com.google.protobuf.Message.Builder> B parse(String json, B builder) {
        try {
            JsonFormat.parser().ignoringUnknownFields().merge(json, builder);
            return builder;
        } catch (InvalidProtocolBufferException ex) {
            throw new IllegalStateException("a stored screening is unreadable", ex);
        }
    }

    static chokepoint.gateway.domain.Verdict fromProto(Verdict v) {
        return switch (v) {
            case VERDICT_PROHIBITED -> chokepoint.gateway.domain.Verdict.PROHIBITED;
            case VERDICT_LICENSE_REQUIRED -> chokepoint.gateway.domain.Verdict.LICENSE_REQUIRED;
            case VERDICT_REVIEW -> chokepoint.gateway.domain.Verdict.REVIEW;
            case VERDICT_NOTE -> chokepoint.gateway.domain.Verdict.NOTE;
            // an unknown verdict from a newer service must not pass as CLEAR
            case VERDICT_CLEAR -> chokepoint.gateway.domain.Verdict.CLEAR;
            default -> chokepoint.gateway.domain.Verdict.REVIEW;
        };
    }

    static Verdict toProto(chokepoint.gateway.domain.Verdict v) {
        return switch (v) {
            case PROHIBITED -> Verdict.VERDICT_PROHIBITED;
            case LICENSE_REQUIRED -> Verdict.VERDICT_LICENSE_REQUIRED;
            case REVIEW -> Verdict.VERDICT_REVIEW;
            case CLEAR -> Verdict.VERDICT_CLEAR;
            case NOTE -> Verdict.VERDICT_NOTE;
        };
    }

    private static String json(Map<String, String> m) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(esc(k)).append("\":\"").append(esc(v)).append('"'));
        return b.append('}').toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
