package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.ListVersionEntity;
import chokepoint.designations.config.ListsConfig;
import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationWriteException;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.matching.Band;
import chokepoint.designations.domain.matching.Candidate;
import chokepoint.designations.domain.matching.InvalidNameException;
import chokepoint.designations.domain.matching.MatchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a screened party into facts: which designations its names (and those of its
 * declared owners and officers) meet, and the state of every list consulted.
 */
@ApplicationScoped
public class PartyResolver {

    /** One name of the party (or of an owner/officer) to look up, with the evidence that goes with it. */
    public record Subject(String who, String name, PartyKind kind, List<String> countries, List<Identifier> identifiers) {
        public Subject(String who, String name) {
            this(who, name, null, List.of(), List.of());
        }
    }

    public record Hit(String subject, String queryName, Designation designation, String matchedName, double score,
                      String band, boolean identifierMatch, List<String> explanation) {
    }

    public record ListState(String list, boolean loaded, boolean stale, String versionId, LocalDate effectiveOn, Instant loadedAt) {
    }

    public record Facts(List<Hit> hits, List<ListState> lists, LocalDate asOf, OwnershipService.Analysis ownership) {
    }

    /** An owner the screened customer declares, with its stake ("50") or null when unknown. */
    public record DeclaredOwner(String name, String percent) {
    }

    @Inject
    DesignationStore store;

    @Inject
    ListsConfig config;

    @Inject
    NameIndexService names;

    @Inject
    OwnershipService ownership;

    /** Candidates per name; enough to show every plausible alias, bounded work per query. */
    static final int LIMIT = 10;

    @Transactional
    public Facts resolve(List<Subject> subjects, LocalDate asOf) {
        return resolve(subjects, asOf, List.of());
    }

    @Transactional
    public Facts resolve(List<Subject> subjects, LocalDate asOf, List<DeclaredOwner> declaredOwners) {
        return resolve(subjects, asOf, declaredOwners, Map.of());
    }

    /** As {@link #resolve(List, LocalDate, List)}, with the officers the customer declares (name → role). */
    @Transactional
    public Facts resolve(List<Subject> subjects, LocalDate asOf, List<DeclaredOwner> declaredOwners,
                         Map<String, String> declaredOfficers) {
        // Facts from one consistent view: the list versions read from PostgreSQL and the names matched in
        // memory must be the same change's (see ChangeGate). Retried when a change of this replica committed
        // meanwhile; when changes keep coming, no answer rather than a mixed one.
        ChangeGate gate = names.gate();
        for (int attempt = 1; ; attempt++) {
            long stamp;
            try {
                stamp = gate.awaitQuiet(indexWait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stamp = -1;
            }
            if (stamp >= 0) {
                Facts f = resolveOnce(subjects, asOf, declaredOwners, declaredOfficers, stamp);
                if (gate.unchangedSince(stamp)) {
                    return f;
                }
            }
            if (stamp < 0 || attempt == 3) {
                throw new DesignationWriteException(DesignationWriteException.Kind.UNAVAILABLE, "LISTS_BEING_UPDATED", null,
                        "the lists are being updated and the name index is catching up; nothing was screened, retry in a moment");
            }
        }
    }

    /**
     * The facts of a screening that needs nothing but what this replica holds in memory, or empty when it needs more
     * (then {@link #resolve} answers, on a thread that may wait). In memory means: no change in flight, the list
     * states of the date already read under the current stamp (the one-second cache), every designation a name meets
     * at or above the POSSIBLE band already read for that date under the same stamp (see {@link InForceCache}), no
     * declared owners or officers, no recorded unlisted party with the customer's name or identifiers, and no
     * ownership or officer fact naming a matched designation. That is the common screening of a party on no list,
     * and the repeated screening of a customer whose name is near a listed one; the answer is the one
     * {@link #resolve} would give: the same stamp check makes it one change's view. Never waits and never touches
     * the database, so it may run on an event loop.
     */
    public Optional<Facts> resolveInMemory(List<Subject> subjects, LocalDate asOf, List<DeclaredOwner> declaredOwners,
                                           Map<String, String> declaredOfficers) {
        if (!declaredOwners.isEmpty() || !declaredOfficers.isEmpty()) {
            return Optional.empty();
        }
        ChangeGate gate = names.gate();
        long stamp = gate.quietStamp();
        if (stamp < 0) {
            return Optional.empty();
        }
        List<ListState> states = cachedStates(asOf, stamp, System.nanoTime());
        if (states == null || states.stream().noneMatch(ListState::loaded)) {
            return Optional.empty();
        }
        for (Subject s : subjects) {
            if (!"customer".equals(s.who()) || !ownership.noUnlistedPartyInMemory(s.name(), s.identifiers())) {
                return Optional.empty();
            }
        }
        List<Found> found;
        try {
            found = found(subjects, asOf);
        } catch (DesignationWriteException e) {
            return Optional.empty(); // refused with its reason by resolve
        }
        Map<String, Designation> inForce = inForceCache.read(ids(found), asOf, stamp);
        if (inForce == null) {
            return Optional.empty();
        }
        List<Hit> hits = hits(found, inForce);
        if (!ownership.noFactsInMemory(matchedDesignations(hits))) {
            return Optional.empty();
        }
        return gate.unchangedSince(stamp) ? Optional.of(new Facts(hits, states, asOf, null)) : Optional.empty();
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "chokepoint.screening.index-wait", defaultValue = "2s")
    java.time.Duration indexWait;

    private Facts resolveOnce(List<Subject> subjects, LocalDate asOf, List<DeclaredOwner> declaredOwners,
                              Map<String, String> declaredOfficers, long stamp) {
        List<ListState> lists = listStates(asOf, stamp);
        if (lists.stream().noneMatch(ListState::loaded)) {
            // not "nothing found": nothing was held then. A verdict for that date could only be a guess.
            LocalDate first = store.firstListDate();
            if (first != null && asOf.isBefore(first)) {
                throw new DesignationWriteException(DesignationWriteException.Kind.INVALID, "AS_OF_BEFORE_FIRST_LIST", "as_of",
                        "the screening date " + asOf + " is before every list this service holds (the earliest is in force from " + first
                                + "); screen as of " + first + " or later");
            }
        }
        List<Found> found = found(subjects, asOf);
        java.util.Set<String> ids = ids(found);
        Map<String, Designation> inForce = inForceCache.read(ids, asOf, stamp);
        if (inForce == null) {
            inForce = store.inForceAsOf(ids, asOf);
            inForceCache.remember(ids, inForce, asOf, stamp, names.gate());
        }
        List<Hit> hits = hits(found, inForce);
        return new Facts(hits, lists, asOf, ownership(subjects, hits, asOf, declaredOwners, declaredOfficers));
    }

    /** A candidate at or above the POSSIBLE band for one subject. */
    private record Found(Subject subject, Candidate candidate) {
    }

    /** Each subject's candidates at or above POSSIBLE, one per subject and designation. */
    private List<Found> found(List<Subject> subjects, LocalDate asOf) {
        List<Found> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Subject s : subjects) {
            List<Candidate> candidates;
            try {
                candidates = candidates(s, asOf);
            } catch (InvalidNameException e) {
                throw new DesignationWriteException(DesignationWriteException.Kind.INVALID, "INVALID_NAME_" + e.reason().name(),
                        "party.name", "the name of " + s.who() + " cannot be matched: " + e.getMessage());
            }
            for (Candidate c : candidates) {
                if (c.band() != Band.NO_MATCH && seen.add(s.who() + "|" + c.designationId())) {
                    found.add(new Found(s, c));
                }
            }
        }
        return found;
    }

    private static java.util.Set<String> ids(List<Found> found) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Found f : found) {
            ids.add(f.candidate().designationId());
        }
        return ids;
    }

    /** The hits: candidates whose designation is in force on the date (the others were removed or not yet listed). */
    private static List<Hit> hits(List<Found> found, Map<String, Designation> inForce) {
        List<Hit> hits = new ArrayList<>();
        for (Found f : found) {
            Candidate c = f.candidate();
            Designation d = inForce.get(c.designationId());
            if (d == null) {
                continue;
            }
            boolean byId = c.explanation().stream().anyMatch(x -> x.toLowerCase(java.util.Locale.ROOT).contains("identifier"));
            hits.add(new Hit(f.subject().who(), f.subject().name(), d, c.matchedName(), c.score(), c.band().name(), byId,
                    c.explanation()));
        }
        return hits;
    }

    /** The designations the customer itself matched (band MATCH): the entities whose owners matter. */
    private static List<String> matchedDesignations(List<Hit> hits) {
        List<String> matched = new ArrayList<>();
        for (Hit h : hits) {
            if ("customer".equals(h.subject()) && "MATCH".equals(h.band()) && !matched.contains(h.designation().id())) {
                matched.add(h.designation().id());
            }
        }
        return matched;
    }

    /**
     * Who owns the customer: the entities its names matched (designations with a MATCH, and
     * unlisted parties agencies recorded under that exact name) and the owners it declares,
     * each resolved to a designation when its name matched one.
     */
    private OwnershipService.Analysis ownership(List<Subject> subjects, List<Hit> hits, LocalDate asOf,
                                                List<DeclaredOwner> declared, Map<String, String> declaredOfficers) {
        List<String> matched = matchedDesignations(hits);
        for (Subject s : subjects) {
            if ("customer".equals(s.who()) && s.name() != null) {
                for (String id : ownership.entitiesNamed(s.name())) {
                    if (!matched.contains(id)) {
                        matched.add(id);
                    }
                }
            }
            if ("customer".equals(s.who()) && s.identifiers() != null && !s.identifiers().isEmpty()) {
                for (String id : ownership.entitiesWithIdentifiers(s.identifiers())) {
                    if (!matched.contains(id)) {
                        matched.add(id);
                    }
                }
            }
        }
        if (declared.isEmpty() && (declaredOfficers.isEmpty() || !ownership.anyOfficerNamed(declaredOfficers.keySet()))
                && !ownership.hasFacts(matched)) {
            return null; // nothing is known about who owns or runs this party: no derived status can arise
        }
        Map<String, String> ownerIds = new LinkedHashMap<>();
        Map<String, String> percents = new LinkedHashMap<>();
        Map<String, String> ownerNames = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            DeclaredOwner d = declared.get(i);
            String key = "owner[" + i + "]";
            String id = hits.stream().filter(h -> ("owner:" + d.name()).equals(h.subject()) && "MATCH".equals(h.band()))
                    .map(h -> h.designation().id()).findFirst()
                    .orElseGet(() -> ownership.entitiesNamed(d.name()).stream().findFirst()
                            .orElse("declared:" + chokepoint.designations.domain.NameKey.of(d.name())));
            ownerIds.put(key, id);
            ownerNames.put(key, d.name());
            if (d.percent() != null) {
                percents.put(key, d.percent());
            }
        }
        return ownership.screen(asOf, matched, ownerIds, percents, ownerNames, declaredOfficers);
    }

    /**
     * List states per date, kept for a second and only while no change of the index began or ended
     * since (the gate's stamp): list versions change only on writes and imports, and a screening
     * must not pair new names with old versions or the reverse. Other replicas' writes are seen
     * after at most the second, and only once this replica's index holds them.
     */
    private record CachedStates(long stamp, long at, List<ListState> states) {
    }

    private final InForceCache inForceCache = new InForceCache();

    private final Map<LocalDate, CachedStates> stateCache = new java.util.concurrent.ConcurrentHashMap<>();
    static final long STATE_TTL_NANOS = 1_000_000_000L;

    /** The index's candidates for one name of the party, at most {@link #LIMIT}. */
    private List<Candidate> candidates(Subject s, LocalDate asOf) throws InvalidNameException {
        return names.index().match(new MatchQuery(s.name(), s.kind(), s.countries(), s.identifiers(), java.util.Set.of(),
                LIMIT, asOf));
    }

    /**
     * The list states of the date read under this stamp less than {@link #STATE_TTL_NANOS} ago, or null. Past half
     * that age, they are read again in the background, so a date screened steadily never finds them expired.
     */
    private List<ListState> cachedStates(LocalDate asOf, long stamp, long now) {
        CachedStates hit = stateCache.get(asOf);
        if (hit == null || hit.stamp() != stamp || now - hit.at() >= STATE_TTL_NANOS) {
            return null;
        }
        if (now - hit.at() >= STATE_TTL_NANOS / 2) {
            refresh.once(asOf, () -> refreshStates(asOf));
        }
        return hit.states();
    }

    private final BackgroundRefresh refresh = new BackgroundRefresh();

    /** What {@link #listStates} does on a miss, kept only if no change began or ended meanwhile. */
    private void refreshStates(LocalDate asOf) {
        long stamp = names.gate().quietStamp();
        if (stamp >= 0) {
            readStates(asOf, stamp, System.nanoTime());
        }
    }

    /** Every list with a version on or before the date, plus every required list (loaded or not). */
    private List<ListState> listStates(LocalDate asOf, long stamp) {
        long now = System.nanoTime();
        List<ListState> cached = cachedStates(asOf, stamp, now);
        if (cached != null) {
            return cached;
        }
        List<ListState> states = readStates(asOf, stamp, now);
        if (states == null) {
            throw new DesignationWriteException(DesignationWriteException.Kind.UNAVAILABLE, "LISTS_BEING_UPDATED", null,
                    "the lists were changed by another replica and this one's name index is catching up; nothing was "
                            + "screened, retry in a moment");
        }
        return states;
    }

    /**
     * Reads the list states of the date and brings the name index up to the change log; null when it could not catch
     * up. Kept for the date under the stamp unless a change began or ended meanwhile (then no screening could use them).
     */
    private List<ListState> readStates(LocalDate asOf, long stamp, long now) {
        if (stateCache.size() > 256) {
            stateCache.clear();
        }
        List<ListState> states = loadListStates(asOf);
        // After the versions were read, so the log's head covers at least every change they show. Changes of
        // other replicas reach this index through the change log: until it holds them, these versions cannot be
        // recorded with its names. Catching up changes the index, so the screening's stamp check redoes the work.
        if (!names.catchUpWithLog(indexWait)) {
            return null;
        }
        if (names.gate().unchangedSince(stamp)) {
            stateCache.put(asOf, new CachedStates(stamp, now, states));
        }
        return states;
    }

    private List<ListState> loadListStates(LocalDate asOf) {
        Map<String, ListState> out = new LinkedHashMap<>();
        Instant freshLimit = Instant.now().minus(config.maxAge());
        // Freshness comes from the newest import of a list (the official file was checked then); an agency's
        // manual write says nothing about whether the rest of an imported list is current. A list only ever
        // written by its agency (PAIP, custom lists) is as fresh as its newest write.
        Map<String, ListVersionEntity> latest = new LinkedHashMap<>();
        for (ListVersionEntity v : store.latestVersions()) {
            latest.put(v.listId, v);
        }
        for (ListVersionEntity v : store.latestImportedVersions()) {
            latest.put(v.listId, v);
        }
        for (ListVersionEntity v : store.versionsAsOf(asOf)) {
            ListVersionEntity newest = latest.getOrDefault(v.listId, v);
            out.put(v.listId, new ListState(v.listId, true, newest.checkedAt.isBefore(freshLimit), v.id, v.effectiveOn, v.loadedAt));
        }
        for (String required : config.required()) {
            if (!out.containsKey(required)) {
                out.put(required, new ListState(required, false, false, "", null, null));
            }
        }
        return List.copyOf(out.values());
    }
}
