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
import java.util.UUID;

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
        LocalDate asOf = requestedAsOf != null ? requestedAsOf : LocalDate.now(clock);
        PartyFacts facts = downstream.designations(caller.token(), s -> s.resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(customer).setAsOf(asOf.toString()).build())).getFacts();
        EvaluateResponse eval = downstream.prohibition(caller.token(), s -> s.evaluate(EvaluateRequest.newBuilder()
                .setService(service).setFacts(facts).setCustomer(customer).setAsOf(asOf.toString()).build()));
        Verdict verdict = toProto(VerdictPolicy.combine(eval.getReasonsList().stream().map(r -> fromProto(r.getVerdict())).toList(), true));

        Map<String, String> versions = new TreeMap<>();
        for (ListStatus l : facts.getListsList()) {
            if (l.getLoaded()) {
                versions.put(l.getList(), l.getVersionId());
            }
        }
        Instant now = Instant.now(clock);
        Screening screening = Screening.newBuilder()
                .setId("scr_" + UUID.randomUUID().toString().replace("-", ""))
                .setVerdict(verdict)
                .addAllReasons(eval.getReasonsList())
                .setAsOf(asOf.toString())
                .putAllListVersions(versions)
                .setTenant(caller.tenant())
                .setCreatedAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()).setNanos(now.getNano()))
                .setCustomer(customer)
                .setService(service)
                .build();
        record(caller, screening, CreateScreeningRequest.newBuilder().setCustomer(customer).setService(service)
                .setAsOf(requestedAsOf == null ? "" : requestedAsOf.toString()).build(), now);
        return screening;
    }

    void record(Caller caller, Screening s, CreateScreeningRequest request, Instant now) {
        ScreeningEntity e = new ScreeningEntity();
        e.id = s.getId();
        e.tenant = caller.tenant();
        e.subject = caller.subject() == null ? "" : caller.subject();
        e.createdAt = now;
        e.asOf = LocalDate.parse(s.getAsOf());
        e.verdict = s.getVerdict().name();
        e.serviceType = s.getService().getType().name();
        e.customerName = s.getCustomer().getName();
        e.request = json(request);
        e.response = json(s);
        e.listVersions = json(s.getListVersionsMap());
        e.retainUntil = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(config.retention().toDays());
        log.insert(e);
    }

    /** A recorded screening, to its own tenant only (others get nothing, not even its existence). */
    @Transactional
    public Optional<Screening> find(Caller caller, String id) {
        ScreeningEntity e = em.find(ScreeningEntity.class, id);
        if (e == null || !(caller.seesAllTenants() || e.tenant.equals(caller.tenant()))) {
            return Optional.empty();
        }
        Screening.Builder b = Screening.newBuilder();
        try {
            JsonFormat.parser().merge(e.response, b);
        } catch (InvalidProtocolBufferException ex) {
            throw new IllegalStateException("stored screening " + id + " is unreadable", ex);
        }
        return Optional.of(b.build());
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

    private static String json(com.google.protobuf.MessageOrBuilder m) {
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(m);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
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
