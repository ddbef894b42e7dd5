package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.OfficerLinkRow;
import chokepoint.designations.adapter.persistence.OwnershipRow;
import chokepoint.designations.adapter.persistence.PartyEntityRow;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationWriteException;
import chokepoint.designations.domain.DesignationWriteException.Kind;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.NameKey;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.ownership.DeclaredOwner;
import chokepoint.designations.domain.ownership.EntityOwnershipStatus;
import chokepoint.designations.domain.ownership.Listing;
import chokepoint.designations.domain.ownership.OfficerLink;
import chokepoint.designations.domain.ownership.OwnershipConfig;
import chokepoint.designations.domain.ownership.OwnershipEngine;
import chokepoint.designations.domain.ownership.Stake;
import chokepoint.designations.domain.ownership.StakeValidator;
import chokepoint.designations.domain.ownership.Validated;
import chokepoint.designations.domain.ownership.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Ownership and officer facts, and the statuses the ownership rules derive from them
 * (OFAC 50 percent rule, BIS Affiliates Rule, BIS red flag 29) as of a date. The graph is read
 * from PostgreSQL for each analysis; the rules themselves are the pure
 * {@link OwnershipEngine}.
 */
@ApplicationScoped
public class OwnershipService {

    /** A party named in an ownership fact: a designation, a known entity, or an unlisted party described inline. */
    public record Ref(String designationId, String entityId, PartyKind kind, String name, List<String> countries,
                      List<Identifier> identifiers) {
    }

    public record Recorded(String id, String ownerEntityId, String ownedEntityId, BigDecimal percent, boolean percentUnknown,
                           LocalDate effectiveFrom, LocalDate effectiveTo, String source, boolean replayed) {
    }

    /** A derived status with the names of the entities on its paths and the designations at their roots. */
    public record Analysis(EntityOwnershipStatus status, Map<String, String> names, Map<String, List<Designation>> listed) {
    }

    /** Lists whose designations make a party blocked (all U.S.-person dealings prohibited). */
    public static final Set<String> BLOCKING_LISTS = Set.of("SDN", "PAIP");

    @Inject
    EntityManager em;

    @Inject
    DesignationStore store;

    @Inject
    jakarta.enterprise.event.Event<Recorded> recordedEvent;

    @Inject
    jakarta.enterprise.event.Event<RecordedOfficer> officerEvent;

    void onOfficer(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                   RecordedOfficer e) {
        dropKnown();
    }

    @Transactional
    public Recorded record(String requestId, Ref owner, Ref owned, String percentText, boolean percentUnknown,
                           LocalDate from, LocalDate to, String source) {
        Optional<String> seen = replayed(requestId, "ownership");
        if (seen.isPresent()) {
            return recorded(em.find(OwnershipRow.class, seen.get()), true);
        }
        BigDecimal percent = null;
        if (percentUnknown) {
            if (percentText != null && !percentText.isBlank()) {
                throw new DesignationWriteException(Kind.INVALID, "PERCENT_WITH_UNKNOWN", "ownership.percent",
                        "give either percent or percentUnknown, not both");
            }
        } else {
            Validated<BigDecimal> p = StakeValidator.parsePercent("ownership.percent", percentText);
            if (!p.ok()) {
                throw invalid("INVALID_PERCENT", p.violations());
            }
            percent = p.value();
        }
        if (from == null) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_EFFECTIVE_DATE", "ownership.effective_from",
                    "effectiveFrom is required");
        }
        List<Violation> dates = StakeValidator.validateDates(from, to);
        if (!dates.isEmpty()) {
            throw invalid("DATES_OUT_OF_ORDER", dates);
        }
        String ownerId = resolve(owner, "ownership.owner");
        String ownedId = resolve(owned, "ownership.owned");
        if (ownerId.equals(ownedId)) {
            throw new DesignationWriteException(Kind.INVALID, "SELF_OWNERSHIP", "ownership.owned", "a party cannot own itself");
        }
        List<Stake> into = new ArrayList<>();
        for (OwnershipRow r : em.createQuery("select o from OwnershipRow o where o.ownedEntity = :e", OwnershipRow.class)
                .setParameter("e", ownedId).getResultList()) {
            into.add(stake(r));
        }
        into.add(new Stake(ownerId, ownedId, percent, from, to, source));
        List<Violation> totals = StakeValidator.validateTotals(into);
        if (!totals.isEmpty()) {
            throw invalid("OWNERSHIP_EXCEEDS_100", totals);
        }
        OwnershipRow row = new OwnershipRow();
        row.id = "own_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        row.ownerEntity = ownerId;
        row.ownedEntity = ownedId;
        row.percent = percent;
        row.percentUnknown = percentUnknown;
        row.effectiveFrom = from;
        row.effectiveTo = to;
        row.source = source;
        row.recordedAt = Instant.now();
        em.persist(row);
        store.recordRequest(requestId, "ownership", row.id);
        store.recordChange("OWNERSHIP", null, null, null, from);
        Recorded out = recorded(row, false);
        recordedEvent.fire(out);
        return out;
    }

    public record RecordedOfficer(String id, String personName, String entityId, String role, LocalDate effectiveFrom,
                                  LocalDate effectiveTo, String source, boolean replayed) {
    }

    /** Longest person name or role accepted (the matcher's own bound on names). */
    static final int MAX_TEXT = 1_000;

    /**
     * Records that a person serves a party as officer or board member. People are linked across parties by
     * normalized name: the same name as an officer of a listed party raises BIS red flag 29 on the other.
     */
    @Transactional
    public RecordedOfficer recordOfficer(String requestId, String personName, Ref entity, String role, LocalDate from,
                                         LocalDate to, String source) {
        Optional<String> seen = replayed(requestId, "officer");
        if (seen.isPresent()) {
            return recorded(em.find(OfficerLinkRow.class, seen.get()), true);
        }
        if (personName == null || personName.isBlank() || NameKey.of(personName).isEmpty()) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_NAME", "officer_link.person_name",
                    "the officer's name is required");
        }
        if (personName.length() > MAX_TEXT) {
            throw new DesignationWriteException(Kind.INVALID, "NAME_TOO_LONG", "officer_link.person_name",
                    "the officer's name is longer than " + MAX_TEXT + " characters");
        }
        if (role == null || role.isBlank()) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_ROLE", "officer_link.role",
                    "the role is required (e.g. CEO, DIRECTOR, BOARD_MEMBER)");
        }
        if (role.length() > MAX_TEXT) {
            throw new DesignationWriteException(Kind.INVALID, "ROLE_TOO_LONG", "officer_link.role",
                    "the role is longer than " + MAX_TEXT + " characters");
        }
        if (from == null) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_EFFECTIVE_DATE", "officer_link.effective_from",
                    "effectiveFrom is required");
        }
        List<Violation> dates = StakeValidator.validateDates(from, to);
        if (!dates.isEmpty()) {
            throw invalid("DATES_OUT_OF_ORDER", dates);
        }
        String entityId = resolve(entity, "officer_link.entity");
        OfficerLinkRow row = new OfficerLinkRow();
        row.id = "off_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        row.personName = personName.strip();
        row.entityId = entityId;
        row.role = role.strip();
        row.effectiveFrom = from;
        row.effectiveTo = to;
        row.source = source;
        row.recordedAt = Instant.now();
        em.persist(row);
        store.recordRequest(requestId, "officer", row.id);
        store.recordChange("OFFICER", null, null, null, from);
        RecordedOfficer out = recorded(row, false);
        officerEvent.fire(out);
        return out;
    }

    /** The result of an earlier write with this request id (AIP-155), if any; the id must be for this operation. */
    private Optional<String> replayed(String requestId, String operation) {
        if (requestId == null || requestId.isBlank()) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_REQUEST_ID", "requestId", "writes need a requestId");
        }
        return store.request(requestId).map(log -> {
            if (!operation.equals(log.operation)) {
                throw new DesignationWriteException(Kind.FAILED_PRECONDITION, "REQUEST_ID_REUSED", "requestId",
                        "request id " + requestId + " was used for a different operation (" + log.operation + ")");
            }
            return log.resultRef;
        });
    }

    private static RecordedOfficer recorded(OfficerLinkRow r, boolean replayed) {
        return new RecordedOfficer(r.id, r.personName, r.entityId, r.role, r.effectiveFrom, r.effectiveTo, r.source, replayed);
    }

    /** Derived status of a recorded entity (a designation id or an entity id). */
    @Transactional
    public Optional<Analysis> status(String ref, LocalDate asOf) {
        PartyEntityRow e = em.find(PartyEntityRow.class, ref);
        if (e == null && store.designation(ref).isEmpty()) {
            return Optional.empty();
        }
        Graph g = cachedGraph(asOf);
        return Optional.of(new Analysis(g.engine.status(ref), g.names, g.listed));
    }

    /**
     * The ownership status of a screened party: the entities its names matched (designations
     * and recorded unlisted parties), plus the owners it declares (already resolved to graph
     * ids where they matched a designation). Recorded and declared stakes are not counted twice.
     */
    @Transactional
    public Analysis screen(LocalDate asOf, List<String> matchedIds, Map<String, String> declaredOwnerIds,
                           Map<String, String> declaredPercents, Map<String, String> declaredNames,
                           Map<String, String> declaredOfficerRoles) {
        Graph base = cachedGraph(asOf);
        // A declared owner that matched a designation outside the recorded graph has listings the cached engine
        // has not loaded: build a graph that includes them (rare; everything else reuses the cached engine).
        boolean complete = declaredOwnerIds.values().stream().allMatch(id -> base.ids().contains(id) || store.designation(id).isEmpty());
        Set<String> extra = new LinkedHashSet<>(matchedIds);
        extra.addAll(declaredOwnerIds.values());
        Graph g = complete ? base : graph(asOf, extra);
        Map<String, String> names = new HashMap<>(g.names());
        String partyId = matchedIds.isEmpty() ? "screened:customer" : matchedIds.get(0);
        names.putIfAbsent("screened:customer", "the screened customer");
        List<DeclaredOwner> declared = new ArrayList<>();
        for (Map.Entry<String, String> d : declaredOwnerIds.entrySet()) {
            String pct = declaredPercents.get(d.getKey());
            declared.add(new DeclaredOwner(d.getValue(), pct == null ? null : new BigDecimal(pct)));
            names.putIfAbsent(d.getValue(), declaredNames.getOrDefault(d.getKey(), d.getValue()));
        }
        List<OfficerLink> officers = new ArrayList<>();
        for (Map.Entry<String, String> o : declaredOfficerRoles.entrySet()) {
            // same person key as recorded links (graph()), so a shared officer is found by name
            officers.add(new OfficerLink(personId(o.getKey()), partyId, o.getValue(), null, null));
            names.putIfAbsent(personId(o.getKey()), o.getKey().strip());
        }
        return new Analysis(g.engine.screen(partyId, declared, officers), names, g.listed);
    }

    /**
     * Whether any ownership or officer fact names one of these entities as owned or served. Read from the recorded
     * parties held in memory (see {@link #known()}): a screening with a list hit asks this before it builds the
     * ownership graph, and two count queries per hit were a third of the worker path's CPU.
     */
    @Transactional
    public boolean hasFacts(List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return false;
        }
        return anyWithFacts(known(), entityIds);
    }

    private static boolean anyWithFacts(Known k, List<String> entityIds) {
        for (String id : entityIds) {
            if (k.entitiesWithFacts().contains(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What every screening looks up before deciding whether the ownership engine is needed at all: recorded unlisted
     * parties by normalized name and by identifier key, the normalized names of recorded officers, and the entities
     * some ownership or officer fact names as owned or served. Built in one read, dropped after an ownership or
     * officer write here, and rebuilt at most every few seconds for the writes of other instances.
     */
    private record Known(Map<String, List<String>> unlistedByName, Map<String, List<String>> unlistedByIdentifier,
                         Set<String> officerNames, Set<String> entitiesWithFacts, long loadedAt) {
    }

    private volatile Known known;
    private final java.util.concurrent.atomic.AtomicLong knownGeneration = new java.util.concurrent.atomic.AtomicLong();

    /** How long the recorded parties read into memory stand for other instances' writes (this one's drop them). */
    static final long KNOWN_TTL_NANOS = 5_000_000_000L;

    void onRecorded(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Recorded e) {
        dropKnown();
    }

    /**
     * Called after a write here committed. The generation keeps a rebuild that read the tables before the commit from
     * storing its (then old) view after this drop.
     */
    private void dropKnown() {
        knownGeneration.incrementAndGet();
        known = null;
    }

    private Known known() {
        Known k = fresh(known);
        return k != null ? k : loadKnown();
    }

    private final BackgroundRefresh refresh = new BackgroundRefresh();

    /** Past half its TTL, the view is read again in the background, so steady screening never finds it expired. */
    private void refreshAheadOf(Known k) {
        if (k != null && System.nanoTime() - k.loadedAt() > KNOWN_TTL_NANOS / 2) {
            refresh.once("recorded parties", this::loadKnown);
        }
    }

    private Known loadKnown() {
        Known k;
        long generation = knownGeneration.get();
        Map<String, List<String>> byName = new HashMap<>();
        Map<String, List<String>> byIdentifier = new HashMap<>();
        for (PartyEntityRow r : em.createQuery("select p from PartyEntityRow p where p.designationId is null", PartyEntityRow.class)
                .getResultList()) {
            byName.computeIfAbsent(NameKey.of(r.name), x -> new ArrayList<>()).add(r.id);
            for (String id : storedIdentifierKeys(r)) {
                byIdentifier.computeIfAbsent(id, x -> new ArrayList<>()).add(r.id);
            }
        }
        Set<String> officers = new java.util.HashSet<>();
        for (String n : em.createQuery("select o.personName from OfficerLinkRow o", String.class).getResultList()) {
            officers.add(NameKey.of(n));
        }
        Set<String> withFacts = new java.util.HashSet<>(
                em.createQuery("select distinct o.ownedEntity from OwnershipRow o", String.class).getResultList());
        withFacts.addAll(em.createQuery("select distinct o.entityId from OfficerLinkRow o", String.class).getResultList());
        k = new Known(byName, byIdentifier, officers, withFacts, System.nanoTime());
        if (knownGeneration.get() == generation) {
            known = k; // else a write committed meanwhile: use this view once, keep none
        }
        return k;
    }

    /** The recorded parties held in memory, or null when none are or they are older than the TTL. */
    private static Known fresh(Known k) {
        return k != null && System.nanoTime() - k.loadedAt() <= KNOWN_TTL_NANOS ? k : null;
    }

    /** Recorded unlisted parties whose name is exactly this one (normalized). */
    @Transactional
    public List<String> entitiesNamed(String name) {
        String key = NameKey.of(name);
        return key.isEmpty() ? List.of() : named(known(), key);
    }

    /** Recorded unlisted parties carrying one of these identifiers (a screened customer found by its registration). */
    @Transactional
    public List<String> entitiesWithIdentifiers(List<Identifier> ids) {
        Set<String> keys = identifierKeys(ids);
        return keys.isEmpty() ? List.of() : withIdentifiers(known(), keys);
    }

    /**
     * True when the recorded parties held in memory (fresh, as {@link #entitiesNamed} uses them) include no unlisted
     * party with this name or these identifiers; false when one is recorded or the memory is not fresh (then only
     * the database can tell). Never reads the database.
     */
    public boolean noUnlistedPartyInMemory(String name, List<Identifier> ids) {
        Known k = fresh(known);
        refreshAheadOf(k);
        String key = name == null ? "" : NameKey.of(name);
        return k != null && (key.isEmpty() || named(k, key).isEmpty()) && withIdentifiers(k, identifierKeys(ids)).isEmpty();
    }

    /**
     * True when the recorded facts held in memory (fresh) name none of these entities as owned or served; false when
     * one is named or the memory is not fresh (then only the database can tell). Never reads the database.
     */
    public boolean noFactsInMemory(List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return true;
        }
        Known k = fresh(known);
        return k != null && !anyWithFacts(k, entityIds);
    }

    private static List<String> named(Known k, String key) {
        return k.unlistedByName().getOrDefault(key, List.of());
    }

    private static List<String> withIdentifiers(Known k, Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : keys) {
            out.addAll(k.unlistedByIdentifier().getOrDefault(key, List.of()));
        }
        return List.copyOf(out);
    }

    /** Whether any recorded officer link names one of these people (normalized names). */
    @Transactional
    public boolean anyOfficerNamed(Set<String> people) {
        Set<String> officers = known().officerNames();
        for (String p : people) {
            if (officers.contains(NameKey.of(p))) {
                return true;
            }
        }
        return false;
    }

    /** An engine built as of one date, the names of its entities, their designations, and the ids it loaded. */
    private record Graph(OwnershipEngine engine, Map<String, String> names, Map<String, List<Designation>> listed,
                         Set<String> ids) {
    }

    private record CachedGraph(long sequence, Graph graph) {
    }

    /** Engines of recent dates, each valid while no change has been committed since it was built. */
    private final Map<LocalDate, CachedGraph> graphs = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The recorded graph as of a date, built once and reused until the next committed change (any write here or in
     * another instance appends to change_event: designations, imports, ownership and officer facts). The engine is
     * only read after it is built, so concurrent screenings share it.
     */
    private Graph cachedGraph(LocalDate asOf) {
        long sequence = store.lastChangeSequence();
        CachedGraph c = graphs.get(asOf);
        if (c != null && c.sequence() == sequence) {
            return c.graph();
        }
        Graph g = graph(asOf, Set.of());
        if (graphs.size() >= 16) {
            graphs.clear();
        }
        graphs.put(asOf, new CachedGraph(sequence, g));
        return g;
    }

    private Graph graph(LocalDate asOf, Set<String> extraIds) {
        List<Stake> stakes = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(extraIds);
        for (OwnershipRow r : em.createQuery("select o from OwnershipRow o", OwnershipRow.class).getResultList()) {
            stakes.add(stake(r));
            ids.add(r.ownerEntity);
            ids.add(r.ownedEntity);
        }
        List<OfficerLink> officers = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (OfficerLinkRow r : em.createQuery("select o from OfficerLinkRow o", OfficerLinkRow.class).getResultList()) {
            officers.add(new OfficerLink(personId(r.personName), r.entityId, r.role, r.effectiveFrom, r.effectiveTo));
            ids.add(r.entityId); // its listings decide whether the officer is shared with a listed party
            // texts name the person as recorded, not by the matching key ("person:zhang wei")
            names.putIfAbsent(personId(r.personName), r.personName.strip());
        }
        Map<String, List<Designation>> listed = new HashMap<>();
        List<Listing> listings = new ArrayList<>();
        for (PartyEntityRow p : em.createQuery("select p from PartyEntityRow p", PartyEntityRow.class).getResultList()) {
            names.put(p.id, p.name);
        }
        for (String id : ids) {
            store.designation(id).ifPresent(d -> store.revisionAsOf(id, asOf).ifPresent(r -> {
                Designation view = store.view(d, r);
                names.put(id, view.data().name());
                if (!r.removed) {
                    listed.computeIfAbsent(id, k -> new ArrayList<>()).add(view);
                    listings.add(listing(id, view));
                }
                // The same party listed again under another authority (an Entity List lab later made an
                // SDN) is the same node of the graph: its other designations in force count too.
                for (Designation other : store.findByExactName(view.data().name(), asOf, 20)) {
                    if (!other.id().equals(id) && other.data().kind() == view.data().kind()) {
                        listed.computeIfAbsent(id, k -> new ArrayList<>()).add(other);
                        listings.add(listing(id, other));
                    }
                }
            }));
        }
        OwnershipEngine engine = OwnershipEngine.build(asOf, stakes, listings, officers, OwnershipConfig.defaults());
        return new Graph(engine, names, listed, Set.copyOf(ids));
    }

    /** A person's node in the graph: people are the same person when their normalized names are equal. */
    private static String personId(String name) {
        return "person:" + NameKey.of(name);
    }

    private static Listing listing(String entityId, Designation d) {
        return new Listing(entityId, d.list(), d.id(), Set.copyOf(d.data().programs()), BLOCKING_LISTS.contains(d.list()),
                d.data().licenseRequirement(), d.data().licenseReviewPolicy(), d.effectiveFrom(), d.removedOn());
    }

    private String resolve(Ref ref, String field) {
        if (ref == null) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_FIELD", field, field + " is required");
        }
        if (ref.designationId() != null) {
            Designation d = store.designation(ref.designationId()).map(e -> store.openRevision(e.id).map(r -> store.view(e, r)).orElse(null))
                    .orElseThrow(() -> new DesignationWriteException(Kind.INVALID, "UNKNOWN_PARTY", field,
                            field + " names designation " + ref.designationId() + ", which does not exist"));
            PartyEntityRow row = em.find(PartyEntityRow.class, d.id());
            if (row == null) {
                row = new PartyEntityRow();
                row.id = d.id();
                row.designationId = d.id();
                row.kind = d.data().kind().name();
                row.name = d.data().name();
                row.countries = String.join(",", d.data().countries());
                row.data = "{}";
                row.createdAt = Instant.now();
                em.persist(row);
            }
            return row.id;
        }
        if (ref.entityId() != null) {
            if (em.find(PartyEntityRow.class, ref.entityId()) == null) {
                throw new DesignationWriteException(Kind.INVALID, "UNKNOWN_PARTY", field, field + " names entity " + ref.entityId()
                        + ", which does not exist");
            }
            return ref.entityId();
        }
        if (ref.name() == null || ref.name().isBlank()) {
            throw new DesignationWriteException(Kind.INVALID, "MISSING_NAME", field + ".name",
                    field + " needs a designation id, an entity id, or a party with a name");
        }
        String key = NameKey.of(ref.name());
        String countries = String.join(",", ref.countries() == null ? List.of() : ref.countries());
        Set<String> idKeys = identifierKeys(ref.identifiers());
        List<PartyEntityRow> unlisted = em.createQuery("select p from PartyEntityRow p where p.designationId is null", PartyEntityRow.class)
                .getResultList();
        // the same registration number, LEI or credit code is the same company, whatever its name is written as
        for (PartyEntityRow r : unlisted) {
            if (!idKeys.isEmpty() && !java.util.Collections.disjoint(idKeys, storedIdentifierKeys(r))) {
                return r.id;
            }
        }
        for (PartyEntityRow r : unlisted) {
            if (NameKey.of(r.name).equals(key) && r.countries.equals(countries)) {
                return r.id;
            }
        }
        PartyEntityRow row = new PartyEntityRow();
        row.id = "ent_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        row.kind = (ref.kind() == null ? PartyKind.UNKNOWN : ref.kind()).name();
        row.name = ref.name().strip();
        row.countries = countries;
        row.data = "{\"identifierKeys\":[" + String.join(",", idKeys.stream().map(k -> "\"" + k + "\"").toList()) + "]}";
        row.createdAt = Instant.now();
        em.persist(row);
        return row.id;
    }

    /** Identifiers compared as the matcher compares them: letters and digits, upper case, scheme-agnostic. */
    static Set<String> identifierKeys(List<Identifier> ids) {
        Set<String> out = new java.util.TreeSet<>();
        for (Identifier i : ids == null ? List.<Identifier>of() : ids) {
            String k = chokepoint.designations.domain.matching.NameIndex.normId(i.value());
            if (k.length() >= 4) { // shorter values (a "1", "N/A") identify nothing
                out.add(k);
            }
        }
        return out;
    }

    /** The keys stored with an unlisted party: data = {"identifierKeys":["K1","K2"]} (keys are letters and digits only). */
    private static Set<String> storedIdentifierKeys(PartyEntityRow r) {
        String d = r.data == null ? "" : r.data;
        int open = d.indexOf('[');
        int close = d.indexOf(']', open + 1);
        Set<String> out = new java.util.HashSet<>();
        if (open < 0 || close < 0) {
            return out;
        }
        for (String k : d.substring(open + 1, close).split(",")) {
            String v = k.strip().replace("\"", "");
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private static Stake stake(OwnershipRow r) {
        return new Stake(r.ownerEntity, r.ownedEntity, r.percentUnknown ? null : r.percent, r.effectiveFrom, r.effectiveTo, r.source);
    }

    private static Recorded recorded(OwnershipRow r, boolean replayed) {
        return new Recorded(r.id, r.ownerEntity, r.ownedEntity, r.percent, r.percentUnknown, r.effectiveFrom, r.effectiveTo,
                r.source, replayed);
    }

    private static DesignationWriteException invalid(String reason, List<Violation> violations) {
        Violation v = violations.get(0);
        return new DesignationWriteException(Kind.INVALID, reason, v.field(), v.message());
    }
}
