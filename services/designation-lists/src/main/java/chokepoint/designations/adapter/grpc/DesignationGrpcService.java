package chokepoint.designations.adapter.grpc;

import chokepoint.api.designations.v1.AmendDesignationRequest;
import chokepoint.api.designations.v1.AmendDesignationResponse;
import chokepoint.api.designations.v1.ChangeKind;
import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CompareNamesRequest;
import chokepoint.api.designations.v1.CompareNamesResponse;
import chokepoint.api.designations.v1.MatchCandidate;
import chokepoint.api.designations.v1.MatchNamesRequest;
import chokepoint.api.designations.v1.MatchNamesResponse;
import chokepoint.designations.domain.matching.Band;
import chokepoint.designations.domain.matching.Candidate;
import chokepoint.designations.domain.matching.InvalidNameException;
import chokepoint.designations.domain.matching.MatchQuery;
import chokepoint.designations.domain.matching.NameComparator;
import chokepoint.api.designations.v1.CreateOwnershipRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkRequest;
import chokepoint.api.designations.v1.CreateOfficerLinkResponse;
import chokepoint.api.designations.v1.OfficerLink;
import chokepoint.api.designations.v1.CreateOwnershipResponse;
import chokepoint.api.designations.v1.GetEntityStatusRequest;
import chokepoint.api.designations.v1.GetEntityStatusResponse;
import chokepoint.api.designations.v1.Ownership;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.GetDesignationRequest;
import chokepoint.api.designations.v1.GetDesignationResponse;
import chokepoint.api.designations.v1.ImportHeader;
import chokepoint.api.designations.v1.ImportListRequest;
import chokepoint.api.designations.v1.ImportListResponse;
import chokepoint.api.designations.v1.ListDesignationsRequest;
import chokepoint.api.designations.v1.ListDesignationsResponse;
import chokepoint.api.designations.v1.ListHit;
import chokepoint.api.designations.v1.ListListVersionsRequest;
import chokepoint.api.designations.v1.ListListVersionsResponse;
import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.ListVersion;
import chokepoint.api.designations.v1.MatchBand;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.designations.v1.RemoveDesignationResponse;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.designations.v1.ResolvePartyResponse;
import chokepoint.api.designations.v1.WatchChangesRequest;
import chokepoint.api.designations.v1.WatchChangesResponse;
import chokepoint.api.party.v1.Officer;
import chokepoint.api.party.v1.Owner;
import chokepoint.api.party.v1.Party;
import chokepoint.designations.adapter.persistence.ChangeEventEntity;
import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.ListVersionEntity;
import chokepoint.designations.application.DesignationCommands;
import chokepoint.designations.application.ListImporter;
import chokepoint.designations.application.OwnershipService;
import chokepoint.designations.application.PartyResolver;
import chokepoint.designations.application.SourceRefresher;
import chokepoint.api.designations.v1.ListSourcesRequest;
import chokepoint.api.designations.v1.ListSourcesResponse;
import chokepoint.api.designations.v1.RefreshSourceRequest;
import chokepoint.api.designations.v1.RefreshSourceResponse;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationWriteException;
import chokepoint.designations.domain.Lists;
import chokepoint.platform.AuthInterceptor;
import chokepoint.platform.Caller;
import chokepoint.platform.GrpcErrors;
import com.google.protobuf.Timestamp;
import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** gRPC edge of designation-lists: maps messages, checks roles, translates errors. */
@GrpcService
@Blocking
public class DesignationGrpcService extends DesignationServiceGrpc.DesignationServiceImplBase {

    private static final Logger LOG = Logger.getLogger(DesignationGrpcService.class);
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 1000;
    static final String[] READERS = {"provider", "analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service"};
    static final String[] WRITERS = {"agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "analyst", "service"};

    @Inject
    DesignationCommands commands;

    @Inject
    PartyResolver resolver;

    @Inject
    Vertx vertx;

    @Inject
    ChangeLogHead logHead;

    @Inject
    DesignationStore store;

    @Inject
    ListImporter importer;

    @Inject
    OwnershipService ownership;

    @Inject
    chokepoint.designations.application.NameIndexService names;

    private final NameComparator comparator = new NameComparator();

    @Inject
    chokepoint.designations.config.ImportConfig importConfig;

    Clock clock = Clock.systemUTC();

    @Override
    public void createDesignation(CreateDesignationRequest req, StreamObserver<CreateDesignationResponse> out) {
        respond(out, () -> {
            Caller caller = AuthInterceptor.requireRole(WRITERS);
            String list = req.getDesignation().getList();
            if (Lists.find(list).isEmpty()) {
                throw GrpcErrors.invalid("UNKNOWN_LIST", "designation.list", "unknown list '" + list + "'");
            }
            requireWriter(caller, list);
            if (!req.getDesignation().getId().isEmpty()) {
                throw GrpcErrors.invalid("ID_NOT_ALLOWED", "designation.id", "the server assigns designation ids; leave id empty");
            }
            LocalDate from = DesignationMapper.date("designation.effective_from", req.getDesignation().getEffectiveFrom());
            DesignationCommands.Written w = commands.create(req.getRequestId(), list,
                    DesignationMapper.toData(req.getDesignation()), from, blankToNull(req.getDesignation().getSourceRecordId()));
            return CreateDesignationResponse.newBuilder().setDesignation(DesignationMapper.toProto(w.designation()))
                    .setReplayed(w.replayed()).build();
        });
    }

    @Override
    public void amendDesignation(AmendDesignationRequest req, StreamObserver<AmendDesignationResponse> out) {
        respond(out, () -> {
            Caller caller = AuthInterceptor.requireRole(WRITERS);
            requireWriter(caller, commands.listOf(req.getId()).orElseThrow(() -> notFound(req.getId())));
            DesignationCommands.Written w = commands.amend(req.getRequestId(), req.getId(),
                    DesignationMapper.toData(req.getDesignation()), DesignationMapper.date("effective_on", req.getEffectiveOn()),
                    blankToNull(req.getReason()));
            return AmendDesignationResponse.newBuilder().setDesignation(DesignationMapper.toProto(w.designation()))
                    .setReplayed(w.replayed()).build();
        });
    }

    @Override
    public void removeDesignation(RemoveDesignationRequest req, StreamObserver<RemoveDesignationResponse> out) {
        respond(out, () -> {
            Caller caller = AuthInterceptor.requireRole(WRITERS);
            requireWriter(caller, commands.listOf(req.getId()).orElseThrow(() -> notFound(req.getId())));
            DesignationCommands.Written w = commands.remove(req.getRequestId(), req.getId(),
                    DesignationMapper.date("effective_on", req.getEffectiveOn()), blankToNull(req.getReason()));
            return RemoveDesignationResponse.newBuilder().setDesignation(DesignationMapper.toProto(w.designation()))
                    .setReplayed(w.replayed()).build();
        });
    }

    @Override
    public void getDesignation(GetDesignationRequest req, StreamObserver<GetDesignationResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            LocalDate asOf = asOf(req.getAsOf());
            Designation d = commands.get(req.getId(), asOf).orElseThrow(() -> GrpcErrors.notFound("DESIGNATION_NOT_FOUND",
                    "no designation " + req.getId() + " in force or recorded as of " + asOf));
            return GetDesignationResponse.newBuilder().setDesignation(DesignationMapper.toProto(d)).build();
        });
    }

    @Override
    @Transactional
    public void listDesignations(ListDesignationsRequest req, StreamObserver<ListDesignationsResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            int size = pageSize(req.getPageSize());
            String after = decodeToken(req.getPageToken());
            List<Designation> page = store.list(new DesignationStore.Filter(req.getList(), req.getProgram(),
                    req.getCountry().toUpperCase(), req.getNamePrefix(), req.getQuery()), asOf(req.getAsOf()), after, size + 1);
            ListDesignationsResponse.Builder b = ListDesignationsResponse.newBuilder();
            page.stream().limit(size).forEach(d -> b.addDesignations(DesignationMapper.toProto(d)));
            if (page.size() > size) {
                b.setNextPageToken(encodeToken(page.get(size - 1).id()));
            }
            return b.build();
        });
    }

    @Override
    @Transactional
    public void listListVersions(ListListVersionsRequest req, StreamObserver<ListListVersionsResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            int size = pageSize(req.getPageSize());
            List<ListVersionEntity> page = store.listVersions(req.getList(), decodeToken(req.getPageToken()), size + 1);
            ListListVersionsResponse.Builder b = ListListVersionsResponse.newBuilder();
            page.stream().limit(size).forEach(v -> b.addVersions(version(v)));
            if (page.size() > size) {
                b.setNextPageToken(encodeToken(page.get(size - 1).id));
            }
            return b.build();
        });
    }

    /**
     * Most screenings are of a party on no list and need only what this replica holds in memory
     * ({@link PartyResolver#resolveInMemory}): they are answered here, on the gRPC event loop. The others (a name
     * near a listed one, ownership facts, a change in flight, list states not read in the last second) go to a
     * worker thread, where {@link PartyResolver#resolve} may wait and read PostgreSQL. Both give the same facts.
     */
    @Override
    @NonBlocking
    public void resolveParty(ResolvePartyRequest req, StreamObserver<ResolvePartyResponse> out) {
        ResolvePartyResponse quick;
        try {
            quick = resolveParty(req, true);
        } catch (RuntimeException e) {
            quick = null; // refused or failed: the worker path gives the reason
        }
        if (quick != null) {
            chokepoint.platform.GrpcCalls.reply(out, quick);
            return;
        }
        Context call = Context.current(); // the caller's roles travel in the gRPC context
        vertx.executeBlocking(() -> {
            ManagedContext requestContext = Arc.container().requestContext();
            requestContext.activate();
            try {
                call.run(() -> respond(out, () -> resolveParty(req, false)));
            } finally {
                requestContext.terminate();
            }
            return null;
        }, false);
    }

    /** The facts for a ResolveParty request; with {@code inMemoryOnly}, null when they need more than memory. */
    private ResolvePartyResponse resolveParty(ResolvePartyRequest req, boolean inMemoryOnly) {
        AuthInterceptor.requireRole(READERS);
        LocalDate asOf = asOf(req.getAsOf());
        List<PartyResolver.DeclaredOwner> declared = req.getParty().getOwnersList().stream()
                .map(o -> new PartyResolver.DeclaredOwner(o.getParty().getName(),
                        o.getPercentUnknown() || o.getPercent().isBlank() ? null : o.getPercent()))
                .toList();
        Map<String, String> officers = new java.util.LinkedHashMap<>();
        for (chokepoint.api.party.v1.Officer o : req.getParty().getOfficersList()) {
            if (!o.getName().isBlank()) {
                officers.putIfAbsent(o.getName().strip(), o.getRole().isBlank() ? "OFFICER" : o.getRole().strip());
            }
        }
        List<PartyResolver.Subject> subjects = subjects(req.getParty());
        PartyResolver.Facts facts;
        if (inMemoryOnly) {
            facts = resolver.resolveInMemory(subjects, asOf, declared, officers).orElse(null);
            if (facts == null) {
                return null;
            }
        } else {
            facts = resolver.resolve(subjects, asOf, declared, officers);
        }
        PartyFacts.Builder f = PartyFacts.newBuilder().setAsOf(asOf.toString());
        if (facts.ownership() != null) {
            f.addAllDerived(OwnershipMapper.derived(facts.ownership()));
            f.addAllRedFlags(OwnershipMapper.redFlags(facts.ownership()));
        }
        for (PartyResolver.Hit h : facts.hits()) {
            f.addHits(ListHit.newBuilder().setSubject(h.subject()).setQueryName(h.queryName())
                    .setDesignation(DesignationMapper.toProto(h.designation())).setMatchedName(h.matchedName())
                    .setScore(h.score()).setBand(MatchBand.valueOf("MATCH_BAND_" + h.band()))
                    .setIdentifierMatch(h.identifierMatch()).addAllExplanation(h.explanation()));
        }
        for (PartyResolver.ListState s : facts.lists()) {
            ListStatus.Builder ls = ListStatus.newBuilder().setList(s.list()).setLoaded(s.loaded()).setStale(s.stale())
                    .setVersionId(s.versionId()).setEffectiveOn(s.effectiveOn() == null ? "" : s.effectiveOn().toString());
            if (s.loadedAt() != null) {
                ls.setLoadedAt(ts(s.loadedAt()));
            }
            f.addLists(ls);
        }
        return ResolvePartyResponse.newBuilder().setFacts(f).build();
    }

    @Override
    public StreamObserver<ImportListRequest> importList(StreamObserver<ImportListResponse> out) {
        Caller caller;
        try {
            caller = AuthInterceptor.requireRole("admin", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "analyst");
        } catch (StatusRuntimeException e) {
            out.onError(e);
            return new StreamObserver<>() {
                public void onNext(ImportListRequest r) { }
                public void onError(Throwable t) { }
                public void onCompleted() { }
            };
        }
        long limit = importConfig.maxBytes();
        return new StreamObserver<>() {
            ImportHeader header;
            final java.util.Map<String, java.io.ByteArrayOutputStream> parts = new java.util.LinkedHashMap<>();
            long size;
            boolean failed;

            @Override
            public void onNext(ImportListRequest r) {
                if (failed) {
                    return;
                }
                if (r.hasHeader()) {
                    header = r.getHeader();
                    return;
                }
                String part = r.getChunk().getPart().isEmpty() ? "file" : r.getChunk().getPart();
                size += r.getChunk().getData().size();
                if (size > limit) {
                    failed = true;
                    parts.clear();
                    out.onError(GrpcErrors.invalid("TOO_LARGE", "chunk", "the upload is larger than " + limit + " bytes"));
                    return;
                }
                try {
                    r.getChunk().getData().writeTo(parts.computeIfAbsent(part, k -> new java.io.ByteArrayOutputStream()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e); // in-memory stream: cannot happen
                }
            }

            @Override
            public void onError(Throwable t) {
                parts.clear();
            }

            @Override
            public void onCompleted() {
                if (failed) {
                    return;
                }
                io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool().execute(() -> respond(out, () -> runImport(caller, header, parts)));
            }
        };
    }

    ImportListResponse runImport(Caller caller, ImportHeader header, java.util.Map<String, java.io.ByteArrayOutputStream> raw) {
        if (header == null) {
            throw GrpcErrors.invalid("MISSING_HEADER", "header", "the first message must carry the import header");
        }
        chokepoint.designations.domain.imports.ImportFormat format;
        try {
            format = chokepoint.designations.domain.imports.ImportFormat.fromName(header.getFormat());
        } catch (chokepoint.designations.domain.imports.ImportException e) {
            throw GrpcErrors.invalid("UNKNOWN_FORMAT", "format", "format must be one of CSL_CSV, CSL_JSON, OFAC_SDN_CSV, OFAC_XML, "
                    + "OFAC_CONS_CSV, DOD_1260H_CSV, CUSTOM_CSV");
        }
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        raw.forEach((k, v) -> parts.put(k, v.toByteArray()));
        LocalDate effectiveOn = DesignationMapper.date("effective_on", header.getEffectiveOn());
        try {
            ListImporter.Outcome o = importer.importFile(format, parts, effectiveOn, blankToNull(header.getList()),
                    header.getForce(), blankToNull(header.getSource()), caller::mayWriteList);
            ImportListResponse.Builder b = ImportListResponse.newBuilder().setAdded(o.added()).setChanged(o.changed())
                    .setRemoved(o.removed()).setUnchanged(o.unchanged());
            for (ListImporter.ListOutcome l : o.lists()) {
                b.addVersions(ListVersion.newBuilder().setId(l.versionId()).setList(l.list())
                        .setEffectiveOn(l.effectiveOn().toString()).setFormat(format.name()).setAdded(l.added())
                        .setChanged(l.changed()).setRemoved(l.removed()).setUnchanged(l.unchanged()));
            }
            return b.build();
        } catch (ListImporter.ImportRefused e) {
            Map<String, String> md = new java.util.LinkedHashMap<>();
            if (e.part != null) {
                md.put("part", e.part);
            }
            if (e.line > 0) {
                md.put("line", String.valueOf(e.line));
            }
            throw GrpcErrors.error(e.reason.equals("LIST_NOT_OWNED") ? Code.PERMISSION_DENIED
                    : e.precondition ? Code.FAILED_PRECONDITION : Code.INVALID_ARGUMENT, e.reason, e.getMessage(), md);
        }
    }

    @Override
    public void createOwnership(CreateOwnershipRequest req, StreamObserver<CreateOwnershipResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole("agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service");
            Ownership o = req.getOwnership();
            LocalDate from = DesignationMapper.date("ownership.effective_from", o.getEffectiveFrom());
            LocalDate to = DesignationMapper.date("ownership.effective_to", o.getEffectiveTo());
            OwnershipService.Recorded r = ownership.record(req.getRequestId(), ref(o.getOwner()), ref(o.getOwned()),
                    o.getPercent(), o.getPercentUnknown(), from, to, blankToNull(o.getSource()));
            return CreateOwnershipResponse.newBuilder().setReplayed(r.replayed()).setOwnership(o.toBuilder().setId(r.id())
                    .setOwnerEntityId(r.ownerEntityId()).setOwnedEntityId(r.ownedEntityId())
                    .setPercent(r.percent() == null ? "" : r.percent().stripTrailingZeros().toPlainString())).build();
        });
    }

    @Override
    public void createOfficerLink(CreateOfficerLinkRequest req, StreamObserver<CreateOfficerLinkResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole("agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service");
            OfficerLink o = req.getOfficerLink();
            LocalDate from = DesignationMapper.date("officer_link.effective_from", o.getEffectiveFrom());
            LocalDate to = DesignationMapper.date("officer_link.effective_to", o.getEffectiveTo());
            OwnershipService.RecordedOfficer r = ownership.recordOfficer(req.getRequestId(), o.getPersonName(),
                    o.hasEntity() ? ref(o.getEntity()) : null, o.getRole(), from, to, blankToNull(o.getSource()));
            return CreateOfficerLinkResponse.newBuilder().setReplayed(r.replayed()).setOfficerLink(o.toBuilder().setId(r.id())
                    .setPersonName(r.personName()).setRole(r.role()).setEntityId(r.entityId())
                    .setEffectiveFrom(r.effectiveFrom().toString())
                    .setEffectiveTo(r.effectiveTo() == null ? "" : r.effectiveTo().toString())
                    .setSource(r.source() == null ? "" : r.source())).build();
        });
    }

    @Override
    public void getEntityStatus(GetEntityStatusRequest req, StreamObserver<GetEntityStatusResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            LocalDate asOf = asOf(req.getAsOf());
            OwnershipService.Analysis a = ownership.status(req.getRef(), asOf).orElseThrow(() -> GrpcErrors.notFound("ENTITY_NOT_FOUND",
                    "no designation or entity " + req.getRef()));
            GetEntityStatusResponse.Builder b = GetEntityStatusResponse.newBuilder().setRef(req.getRef()).setAsOf(asOf.toString())
                    .setName(a.names().getOrDefault(req.getRef(), req.getRef()))
                    .addAllDerived(OwnershipMapper.derived(a)).addAllRedFlags(OwnershipMapper.redFlags(a))
                    .addAllNotes(a.status().notes().stream().map(n -> OwnershipMapper.named(n, a)).toList());
            a.listed().getOrDefault(req.getRef(), List.of()).forEach(d -> b.addDesignations(DesignationMapper.toProto(d)));
            return b.build();
        });
    }

    @Override
    public void compareNames(CompareNamesRequest req, StreamObserver<CompareNamesResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            try {
                var c = comparator.compare(req.getA(), req.getB(), kindOrNull(req.getKind()));
                return CompareNamesResponse.newBuilder().setScore(c.score()).setBand(band(c.band())).addAllExplanation(c.explanation()).build();
            } catch (InvalidNameException e) {
                throw GrpcErrors.invalid("INVALID_NAME_" + e.reason().name(), "a/b", e.getMessage());
            }
        });
    }

    @Override
    public void matchNames(MatchNamesRequest req, StreamObserver<MatchNamesResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(READERS);
            LocalDate asOf = asOf(req.getAsOf());
            if (req.getLimit() < 0 || req.getLimit() > 100) {
                throw GrpcErrors.invalid("INVALID_LIMIT", "limit", "limit must be between 1 and 100");
            }
            List<chokepoint.designations.domain.Identifier> ids = req.getIdentifiersList().stream()
                    .map(i -> new chokepoint.designations.domain.Identifier(i.getScheme(), i.getValue(), i.getCountry().isBlank() ? null : i.getCountry()))
                    .toList();
            try {
                List<Candidate> found = names.index().match(new MatchQuery(req.getName(), kindOrNull(req.getKind()),
                        req.getCountriesList(), ids, java.util.Set.copyOf(req.getListsList()), req.getLimit() == 0 ? 10 : req.getLimit(), asOf));
                MatchNamesResponse.Builder b = MatchNamesResponse.newBuilder();
                for (Candidate c : found) {
                    if (c.band() == Band.NO_MATCH) {
                        continue;
                    }
                    b.addCandidates(MatchCandidate.newBuilder().setDesignationId(c.designationId()).setList(c.list())
                            .setMatchedName(c.matchedName()).setPrimaryName(c.primaryName()).setScore(c.score()).setBand(band(c.band()))
                            .addAllExplanation(c.explanation()));
                }
                return b.build();
            } catch (InvalidNameException e) {
                throw GrpcErrors.invalid("INVALID_NAME_" + e.reason().name(), "name", e.getMessage());
            }
        });
    }

    static final String[] SOURCE_READERS = {"analyst", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "admin", "service"};
    static final String[] SOURCE_REFRESHERS = {"admin", "agency-bis", "agency-ofac", "agency-state", "agency-dod", "analyst"};

    @Inject
    SourceRefresher sources;

    @Override
    public void listSources(ListSourcesRequest req, StreamObserver<ListSourcesResponse> out) {
        respond(out, () -> {
            AuthInterceptor.requireRole(SOURCE_READERS);
            int size = pageSize(req.getPageSize());
            String after = decodeToken(req.getPageToken());
            List<SourceRefresher.Status> all = sources.statuses().stream()
                    .filter(s -> after == null || s.config().name().compareTo(after) > 0).toList();
            ListSourcesResponse.Builder b = ListSourcesResponse.newBuilder();
            all.stream().limit(size).forEach(s -> b.addSources(SourceMapper.toProto(s, sources)));
            if (all.size() > size) {
                b.setNextPageToken(encodeToken(all.get(size - 1).config().name()));
            }
            return b.build();
        });
    }

    @Override
    public void refreshSource(RefreshSourceRequest req, StreamObserver<RefreshSourceResponse> out) {
        respond(out, () -> {
            Caller caller = AuthInterceptor.requireRole(SOURCE_REFRESHERS);
            if (req.getName().isBlank()) {
                throw GrpcErrors.invalid("MISSING_NAME", "name", "name (the source to refresh) is required");
            }
            LOG.infof("RefreshSource %s (force=%s) requested by %s, request %s", req.getName(), req.getForce(), caller.subject(),
                    req.getRequestId().isEmpty() ? "-" : req.getRequestId());
            SourceRefresher.Result r;
            try {
                r = sources.refresh(req.getName().strip(), req.getForce(), SourceRefresher.Trigger.MANUAL, caller.subject(),
                        caller::mayWriteList);
            } catch (SourceRefresher.NotRun e) {
                Code code = switch (e.kind) {
                    case NOT_FOUND -> Code.NOT_FOUND;
                    case DISABLED, MISCONFIGURED -> Code.FAILED_PRECONDITION;
                    case BUSY -> Code.ABORTED;
                    case NOT_OWNED -> Code.PERMISSION_DENIED;
                };
                throw GrpcErrors.error(code, e.reason, e.getMessage(), Map.of("source", req.getName()));
            }
            Map<String, String> md = new java.util.LinkedHashMap<>();
            md.put("source", r.source());
            if (r.part() != null) {
                md.put("part", r.part());
            }
            if (r.line() > 0) {
                md.put("line", String.valueOf(r.line()));
            }
            switch (r.outcome()) {
                case REFUSED -> {
                    md.put("awaitingConfirmation", "true");
                    throw GrpcErrors.error(Code.FAILED_PRECONDITION, r.reason(), "list source " + r.source() + ": the file was refused: "
                            + r.message() + "; nothing was imported (RefreshSource with force=true confirms it)", md);
                }
                case FAILED -> {
                    if ("IMPORT_FAILED".equals(r.reason())) {
                        throw GrpcErrors.internal();
                    }
                    md.put("cause", r.reason());
                    throw GrpcErrors.error(Code.UNAVAILABLE, "SOURCE_DOWNLOAD_FAILED", "list source " + r.source()
                            + " could not be downloaded (" + r.reason() + "): " + r.message()
                            + "; nothing was imported, the active list versions stay", md);
                }
                default -> {
                    RefreshSourceResponse.Builder b = RefreshSourceResponse.newBuilder()
                            .setOutcome(SourceMapper.outcome(r.outcome()))
                            .setSource(SourceMapper.toProto(sources.statuses().stream()
                                    .filter(s -> s.config().name().equals(r.source())).findFirst().orElseThrow(), sources));
                    if (r.imported() != null) {
                        ListImporter.Outcome o = r.imported();
                        b.setAdded(o.added()).setChanged(o.changed()).setRemoved(o.removed()).setUnchanged(o.unchanged());
                        for (ListImporter.ListOutcome l : o.lists()) {
                            b.addVersions(ListVersion.newBuilder().setId(l.versionId()).setList(l.list())
                                    .setEffectiveOn(l.effectiveOn().toString()).setFormat(r.state().format).setAdded(l.added())
                                    .setChanged(l.changed()).setRemoved(l.removed()).setUnchanged(l.unchanged()));
                        }
                    }
                    return b.build();
                }
            }
        });
    }

    static chokepoint.designations.domain.PartyKind kindOrNull(chokepoint.api.party.v1.PartyKind k) {
        var kind = DesignationMapper.kind(k);
        return kind == chokepoint.designations.domain.PartyKind.UNKNOWN ? null : kind;
    }

    static MatchBand band(Band b) {
        return switch (b) {
            case MATCH -> MatchBand.MATCH_BAND_MATCH;
            case POSSIBLE -> MatchBand.MATCH_BAND_POSSIBLE;
            case NO_MATCH -> MatchBand.MATCH_BAND_NO_MATCH;
        };
    }

    static OwnershipService.Ref ref(chokepoint.api.designations.v1.PartyRef r) {
        return switch (r.getRefCase()) {
            case DESIGNATION_ID -> new OwnershipService.Ref(r.getDesignationId(), null, null, null, List.of(), List.of());
            case ENTITY_ID -> new OwnershipService.Ref(null, r.getEntityId(), null, null, List.of(), List.of());
            case PARTY -> new OwnershipService.Ref(null, null, DesignationMapper.kind(r.getParty().getKind()), r.getParty().getName(),
                    r.getParty().getCountriesList(), r.getParty().getIdentifiersList().stream()
                    .map(i -> new chokepoint.designations.domain.Identifier(i.getScheme(), i.getValue(), i.getCountry())).toList());
            default -> null;
        };
    }

    /**
     * Every committed change after {@code from_sequence}, then each new one as it commits, until the watcher cancels.
     * Runs on the event loop: the stream holds no thread while it waits ({@link ChangeStream}).
     */
    @Override
    @NonBlocking
    public void watchChanges(WatchChangesRequest req, StreamObserver<WatchChangesResponse> out) {
        try {
            AuthInterceptor.requireRole(READERS);
            if (req.getFromSequence() < 0) {
                throw GrpcErrors.invalid("INVALID_FROM_SEQUENCE", "from_sequence",
                        "from_sequence must be 0 (the whole log) or a sequence number already received");
            }
        } catch (StatusRuntimeException e) {
            out.onError(e);
            return;
        }
        logHead.watched();
        new ChangeStream((ServerCallStreamObserver<WatchChangesResponse>) out, vertx.getOrCreateContext(), req.getFromSequence(),
                this::changes, logHead::latest).start();
    }

    /** The kind of a logged change; one this contract does not name yet is UNSPECIFIED, never the end of the stream. */
    public static ChangeKind changeKind(String kind) {
        try {
            return ChangeKind.valueOf("CHANGE_KIND_" + kind);
        } catch (IllegalArgumentException unknown) {
            return ChangeKind.CHANGE_KIND_UNSPECIFIED;
        }
    }

    /** The changes after a sequence as WatchChanges sends them: a batch, oldest first (blocking: a worker thread). */
    List<WatchChangesResponse> changes(long after) {
        List<WatchChangesResponse> out = new ArrayList<>();
        for (ChangeEventEntity e : commands.changesAfter(after)) { // its own transaction: no request context needed
            out.add(WatchChangesResponse.newBuilder().setSequence(e.sequence)
                    .setKind(changeKind(e.kind))
                    .setDesignationId(nz(e.designationId)).setList(nz(e.listId)).setListVersion(nz(e.listVersionId))
                    .setEffectiveOn(e.effectiveOn == null ? "" : e.effectiveOn.toString())
                    .setCommittedAt(ts(e.committedAt)).build());
        }
        return out;
    }

    // ---- helpers ---------------------------------------------------------------------------

    static List<PartyResolver.Subject> subjects(Party p) {
        if (p.getName().isBlank() && p.getIdentifiersCount() == 0) {
            throw GrpcErrors.invalid("MISSING_NAME", "party.name", "a party needs a name or an identifier");
        }
        List<PartyResolver.Subject> out = new ArrayList<>();
        addNames(out, "customer", p);
        for (Owner o : p.getOwnersList()) {
            addNames(out, "owner:" + o.getParty().getName(), o.getParty());
        }
        for (Officer o : p.getOfficersList()) {
            if (!o.getName().isBlank()) {
                out.add(new PartyResolver.Subject("officer:" + o.getName(), o.getName(),
                        chokepoint.designations.domain.PartyKind.PERSON, List.of(), List.of()));
            }
        }
        return out;
    }

    private static void addNames(List<PartyResolver.Subject> out, String who, Party p) {
        var kind = DesignationMapper.kind(p.getKind());
        List<String> countries = new ArrayList<>(p.getCountriesList());
        if (!p.getHeadquartersCountry().isBlank()) {
            countries.add(p.getHeadquartersCountry());
        }
        List<chokepoint.designations.domain.Identifier> ids = p.getIdentifiersList().stream()
                .map(i -> new chokepoint.designations.domain.Identifier(i.getScheme(), i.getValue(), i.getCountry().isBlank() ? null : i.getCountry()))
                .toList();
        if (!p.getName().isBlank() || !ids.isEmpty()) {
            out.add(new PartyResolver.Subject(who, p.getName(), kind == chokepoint.designations.domain.PartyKind.UNKNOWN ? null : kind, countries, ids));
        }
        for (String a : p.getAliasesList()) {
            if (!a.isBlank()) {
                out.add(new PartyResolver.Subject(who, a, kind == chokepoint.designations.domain.PartyKind.UNKNOWN ? null : kind, countries, List.of()));
            }
        }
    }

    private void requireWriter(Caller caller, String list) {
        if (!caller.mayWriteList(list)) {
            throw GrpcErrors.permissionDenied("LIST_NOT_OWNED",
                    "the caller's authority does not own list " + list + "; an agency writes only its own lists");
        }
    }

    LocalDate asOf(String value) {
        LocalDate d = DesignationMapper.date("as_of", value);
        return d != null ? d : LocalDate.now(clock);
    }

    static int pageSize(int requested) {
        if (requested < 0) {
            throw GrpcErrors.invalid("INVALID_PAGE_SIZE", "page_size", "page_size must not be negative");
        }
        return requested == 0 ? DEFAULT_PAGE_SIZE : Math.min(requested, MAX_PAGE_SIZE);
    }

    static String encodeToken(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + lastId).getBytes(StandardCharsets.UTF_8));
    }

    static String decodeToken(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!s.startsWith("after:")) {
                throw new IllegalArgumentException();
            }
            return s.substring("after:".length());
        } catch (IllegalArgumentException e) {
            throw GrpcErrors.invalid("INVALID_PAGE_TOKEN", "page_token", "page_token is not one this service issued");
        }
    }

    static ListVersion version(ListVersionEntity v) {
        return ListVersion.newBuilder().setId(v.id).setList(v.listId).setEffectiveOn(v.effectiveOn.toString())
                .setLoadedAt(ts(v.loadedAt)).setChecksum(nz(v.checksum)).setFormat(v.format)
                .setAdded(v.added).setChanged(v.changed).setRemoved(v.removed).setUnchanged(v.unchanged)
                .setSource(nz(v.source)).build();
    }

    static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static StatusRuntimeException notFound(String id) {
        return GrpcErrors.notFound("DESIGNATION_NOT_FOUND", "no designation " + id);
    }

    static <T> void respond(StreamObserver<T> out, Supplier<T> body) {
        chokepoint.platform.GrpcCalls.respond(out, body, c -> c instanceof DesignationWriteException d ? translate(d) : null);
    }

    static StatusRuntimeException translate(DesignationWriteException e) {
        Code code = switch (e.kind()) {
            case INVALID -> Code.INVALID_ARGUMENT;
            case NOT_FOUND -> Code.NOT_FOUND;
            case FAILED_PRECONDITION -> Code.FAILED_PRECONDITION;
            case PERMISSION_DENIED -> Code.PERMISSION_DENIED;
            case UNAVAILABLE -> Code.UNAVAILABLE;
        };
        return GrpcErrors.error(code, e.reason(), e.getMessage(), e.field() == null ? Map.of() : Map.of("field", e.field()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
