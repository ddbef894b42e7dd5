package chokepoint.designations.domain.matching;

import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * In-memory screening index over list entries, thread-safe.
 *
 * <p>Retrieval: a hand-made inverted index of token keys (exact token, consonant skeleton,
 * 4-letter prefix, joined adjacent tokens; see {@link Segment}). A query accumulates IDF weights
 * of its keys per alias, ranks aliases by overlap and rescores the best {@link MatchConfig#maxCandidates()} aliases with {@link NameScorer}
 * (per alias; an entry takes its best alias). Identifiers are looked up exactly and are decisive.
 *
 * <p>Concurrency: readers take one volatile snapshot (immutable base segment + small immutable
 * delta segment + overrides map) and never lock. Writers serialize on a lock, copy the small
 * delta and publish a new snapshot; when the delta exceeds {@value #DELTA_LIMIT} entries the base
 * is rebuilt (the old snapshot keeps serving meanwhile).
 */
public final class NameIndex {

    static final int DELTA_LIMIT = 512;
    /** Upper bound on aliases rescored whatever the query's limit (bounded work per query). */
    static final int MAX_LIMIT = 200;
    private static final Entry TOMBSTONE = new Entry(null, new PreparedName[0], null);

    private final MatchConfig config;
    private final TextNormalizer normalizer;
    private final Object writeLock = new Object();
    private volatile Snapshot snap;

    public NameIndex() {
        this(MatchConfig.defaults());
    }

    public NameIndex(MatchConfig config) {
        this.config = config;
        this.normalizer = new TextNormalizer(config.maxNameLength());
        this.snap = new Snapshot(Segment.build(List.of(), null), Segment.build(List.of(), null), Map.of(), 0);
    }

    public MatchConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- writes

    public void bulkLoad(Collection<IndexedName> names) {
        synchronized (writeLock) {
            Snapshot s = snap;
            Map<String, Entry> all = liveEntries(s);
            for (Entry e : prepareAll(names)) {
                all.put(e.name.entryKey(), e);
            }
            publishRebuilt(all);
        }
    }

    public void upsert(IndexedName name) {
        Entry e = prepare(name);
        synchronized (writeLock) {
            Snapshot s = snap;
            Map<String, Entry> ov = new HashMap<>(s.overrides);
            ov.put(name.entryKey(), e);
            publishDelta(s, ov);
        }
    }

    /**
     * Applies many changes as one atomic publish (readers see all or none of them): use it for a
     * list re-import instead of thousands of {@link #upsert}/{@link #remove} calls, each of which
     * rebuilds the delta segment.
     */
    public void update(Collection<IndexedName> upserts, Collection<String> removeKeys) {
        List<Entry> prepared = prepareAll(upserts, snap);
        synchronized (writeLock) {
            snap = applied(snap, prepared, removeKeys);
        }
    }

    /**
     * Prepares these upserts as one change without publishing it: normalizes their names and builds
     * the snapshot they would give over the current one. Readers keep seeing the current snapshot;
     * nothing is visible until {@link #publish(Pending)}. An import prepares while its rows are
     * written and publishes once they are committed.
     */
    public Pending prepare(Collection<IndexedName> upserts) {
        Snapshot from = snap;
        List<Entry> prepared = prepareAll(upserts, from);
        return new Pending(from, prepared, applied(from, prepared, List.of()));
    }

    /**
     * Publishes a prepared change in one step. If another change was published since it was
     * prepared, its entries are applied over the current snapshot instead (their normalization
     * kept), so that other change is not lost.
     */
    public void publish(Pending p) {
        synchronized (writeLock) {
            Snapshot s = snap;
            snap = s == p.from ? p.next : applied(s, p.entries, List.of());
        }
    }

    /** Every live entry (for checks and diagnostics: copies the whole index). */
    public List<IndexedName> entries() {
        List<IndexedName> out = new ArrayList<>();
        for (Entry e : liveEntries(snap).values()) {
            out.add(e.name);
        }
        return out;
    }

    /** The live entry under this key (names and dates as indexed), or null. */
    public IndexedName entry(String entryKey) {
        Entry e = snap.entry(entryKey);
        return e == null ? null : e.name;
    }

    /** A change prepared by {@link #prepare}, not yet visible to readers. */
    public static final class Pending {
        private final Snapshot from;
        private final List<Entry> entries;
        private final Snapshot next;

        private Pending(Snapshot from, List<Entry> entries, Snapshot next) {
            this.from = from;
            this.entries = entries;
            this.next = next;
        }

        public int size() {
            return entries.size();
        }
    }

    /** The snapshot {@code s} with these entries put and these keys removed (pure: publishes nothing). */
    private static Snapshot applied(Snapshot s, List<Entry> prepared, Collection<String> removeKeys) {
        Map<String, Entry> ov = new HashMap<>(s.overrides);
        for (String k : removeKeys) {
            if (s.contains(k) || ov.containsKey(k)) {
                ov.put(k, TOMBSTONE);
            }
        }
        for (Entry e : prepared) {
            ov.put(e.name.entryKey(), e);
        }
        return withOverrides(s, ov);
    }

    public void remove(String entryKey) {
        synchronized (writeLock) {
            Snapshot s = snap;
            if (!s.contains(entryKey)) {
                return;
            }
            Map<String, Entry> ov = new HashMap<>(s.overrides);
            ov.put(entryKey, TOMBSTONE);
            publishDelta(s, ov);
        }
    }

    public int size() {
        return snap.size;
    }

    private void publishDelta(Snapshot s, Map<String, Entry> ov) {
        snap = withOverrides(s, ov);
    }

    /** {@code s} with its overrides replaced by {@code ov}: a new delta, or a rebuilt base once the delta is large. */
    private static Snapshot withOverrides(Snapshot s, Map<String, Entry> ov) {
        if (ov.size() > DELTA_LIMIT) {
            Map<String, Entry> all = liveEntries(s);
            for (Map.Entry<String, Entry> e : ov.entrySet()) {
                if (e.getValue() == TOMBSTONE) {
                    all.remove(e.getKey());
                } else {
                    all.put(e.getKey(), e.getValue());
                }
            }
            return rebuilt(all);
        }
        List<Entry> deltaEntries = new ArrayList<>();
        int size = s.base.entries.length;
        for (Map.Entry<String, Entry> e : ov.entrySet()) {
            boolean inBase = s.base.byKey.containsKey(e.getKey());
            if (e.getValue() != TOMBSTONE) {
                deltaEntries.add(e.getValue());
                if (!inBase) {
                    size++;
                }
            } else if (inBase) {
                size--;
            }
        }
        return new Snapshot(s.base, Segment.build(deltaEntries, s.base), Map.copyOf(ov), size);
    }

    private void publishRebuilt(Map<String, Entry> all) {
        snap = rebuilt(all);
    }

    private static Snapshot rebuilt(Map<String, Entry> all) {
        Segment base = Segment.build(new ArrayList<>(all.values()), null);
        return new Snapshot(base, Segment.build(List.of(), base), Map.of(), all.size());
    }

    private static Map<String, Entry> liveEntries(Snapshot s) {
        Map<String, Entry> all = new HashMap<>();
        for (Entry e : s.base.entries) {
            all.put(e.name.entryKey(), e);
        }
        for (Map.Entry<String, Entry> e : s.overrides.entrySet()) {
            if (e.getValue() == TOMBSTONE) {
                all.remove(e.getKey());
            } else {
                all.put(e.getKey(), e.getValue());
            }
        }
        return all;
    }

    /**
     * Normalizes many names on all cores (a list import or the start-up load: normalization is the
     * larger part of indexing, and each name is independent of the others). Order is kept.
     */
    private List<Entry> prepareAll(Collection<IndexedName> names) {
        return prepareAll(names, null);
    }

    /**
     * As above; an entry already in {@code current} with the same names (a revision whose dates
     * changed, or one reloaded unchanged with its list) keeps its normalized names.
     */
    private List<Entry> prepareAll(Collection<IndexedName> names, Snapshot current) {
        java.util.function.Function<IndexedName, Entry> one = n -> {
            Entry old = current == null ? null : current.entry(n.entryKey());
            return old != null && old.name.names().equals(n.names()) ? new Entry(n, old.prepared, old.origin) : prepare(n);
        };
        if (names.size() < 2_000) {
            List<Entry> out = new ArrayList<>(names.size());
            for (IndexedName n : names) {
                out.add(one.apply(n));
            }
            return out;
        }
        return names.parallelStream().map(one).toList();
    }

    private Entry prepare(IndexedName n) {
        PreparedName[] p = new PreparedName[n.names().size()];
        List<PreparedName> parts = null;
        List<Integer> partOf = null;
        for (int i = 0; i < p.length; i++) {
            try {
                p[i] = normalizer.prepare(n.names().get(i));
            } catch (InvalidNameException ex) {
                p[i] = null; // unusable alias (empty, too long...): skipped, identifiers still match
            }
            // a name written "A/B" is also indexed as A and as B (each with an ordinary word)
            for (String alt : TextNormalizer.alternatives(n.names().get(i))) {
                PreparedName pa = preparePart(alt);
                if (pa != null) {
                    if (parts == null) {
                        parts = new ArrayList<>(2);
                        partOf = new ArrayList<>(2);
                    }
                    parts.add(pa);
                    partOf.add(i);
                }
            }
        }
        if (parts == null) {
            return new Entry(n, p, null);
        }
        PreparedName[] all = java.util.Arrays.copyOf(p, p.length + parts.size());
        int[] origin = new int[all.length];
        for (int i = 0; i < all.length; i++) {
            origin[i] = i < p.length ? i : partOf.get(i - p.length);
            if (i >= p.length) {
                all[i] = parts.get(i - p.length);
            }
        }
        return new Entry(n, all, origin);
    }

    /** A part of an "A/B" name, when valid and carrying at least one ordinary word; otherwise null. */
    private PreparedName preparePart(String part) {
        try {
            PreparedName pp = normalizer.prepare(part);
            for (byte c : pp.classes()) {
                if (c == Lexicon.NORMAL) {
                    return pp;
                }
            }
        } catch (InvalidNameException ex) {
            // a part of punctuation only: nothing to index
        }
        return null;
    }

    // ---------------------------------------------------------------- reads

    /**
     * Candidates for a query, best first, at most {@code q.limit()}, all bands included (callers act
     * on {@link Candidate#band()}). Throws {@link InvalidNameException} for an invalid name unless
     * the name is empty/blank and identifiers are given (identifier-only screening).
     */
    public List<Candidate> match(MatchQuery q) {
        Snapshot s = snap;
        PreparedName pq = null;
        boolean idOnly = (q.name() == null || q.name().isBlank()) && !q.identifiers().isEmpty();
        if (!idOnly) {
            pq = normalizer.prepare(q.name());
        }
        List<Hit> hits = new ArrayList<>(32); // a few dozen at most: linear search beats hashing
        // identifiers: exact, decisive
        for (Identifier id : q.identifiers()) {
            String v = normId(id.value());
            if (v.isEmpty()) {
                continue;
            }
            for (Segment seg : new Segment[] {s.base, s.delta}) {
                List<Entry> es = seg.byIdentifier.get(v);
                if (es == null) {
                    continue;
                }
                for (Entry e : es) {
                    if (!s.live(e, seg) || !admissible(e, q)) {
                        continue;
                    }
                    for (Identifier ei : e.name.identifiers()) {
                        if (normId(ei.value()).equals(v) && schemeCompatible(ei.scheme(), id.scheme())) {
                            Hit h = new Hit(e, -1, 1.0);
                            h.identifier = ei.scheme() + " " + ei.value();
                            put(hits, h);
                        }
                    }
                }
            }
        }
        if (pq != null) {
            boolean personish = NameComparator.personish(q.kind());
            boolean filtered = !q.lists().isEmpty() || q.asOf() != null;
            for (Segment seg : new Segment[] {s.base, s.delta}) {
                if (seg.aliasCount == 0) {
                    continue;
                }
                int[] cands = seg.retrieve(pq, Math.max(config.maxCandidates(), Math.min(q.limit(), MAX_LIMIT)));
                for (int a : cands) {
                    Entry e = seg.entries[seg.aliasEntry[a]];
                    if (!s.live(e, seg) || (filtered && !admissible(e, q))) {
                        continue;
                    }
                    Hit prev = find(hits, e);
                    if (prev != null && prev.identifier != null) {
                        continue;
                    }
                    int ni = seg.aliasName[a];
                    double sc = NameScorer.score(pq, e.prepared[ni], personish || e.name.kind() == PartyKind.PERSON, s.base, null);
                    if (prev == null || sc > prev.nameScore) {
                        put(hits, new Hit(e, ni, sc));
                    }
                }
            }
        }
        List<Hit> list = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            h.finalScore = h.identifier != null ? 1.0 : adjust(h, q, null);
            list.add(h);
        }
        list.sort(Comparator.comparingDouble((Hit h) -> -h.finalScore).thenComparing(h -> h.entry.name.entryKey()));
        List<Candidate> out = new ArrayList<>(Math.min(q.limit(), list.size()));
        for (int i = 0; i < list.size() && out.size() < q.limit(); i++) {
            out.add(toCandidate(list.get(i), pq, q, s));
        }
        return out;
    }

    private static Hit find(List<Hit> hits, Entry e) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).entry == e) {
                return hits.get(i);
            }
        }
        return null;
    }

    /** Adds or replaces the hit of the same entry. */
    private static void put(List<Hit> hits, Hit h) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).entry == h.entry) {
                hits.set(i, h);
                return;
            }
        }
        hits.add(h);
    }

    private Candidate toCandidate(Hit h, PreparedName pq, MatchQuery q, Snapshot s) {
        IndexedName n = h.entry.name;
        List<String> explain = new ArrayList<>();
        if (h.identifier != null) {
            explain.add("identifier match " + h.identifier + ": decisive, score 1.0");
            String matched = n.primaryName() != null ? n.primaryName() : (n.names().isEmpty() ? "" : n.names().get(0));
            return new Candidate(n.entryKey(), n.designationId(), n.list(), matched, n.primaryName(), 1.0, Band.MATCH, explain);
        }
        PreparedName pl = h.entry.prepared[h.nameIndex];
        int ni = h.entry.nameOf(h.nameIndex);
        if (h.finalScore < config.possibleThreshold()) {
            // an immutable one-element list: Candidate keeps it as is instead of copying
            return new Candidate(n.entryKey(), n.designationId(), n.list(), n.names().get(ni), n.primaryName(),
                    h.finalScore, Band.NO_MATCH, List.of("name score " + NameScorer.fmt3(h.finalScore) + " against \""
                    + n.names().get(ni) + "\": below POSSIBLE"));
        }
        boolean personish = NameComparator.personish(q.kind()) || n.kind() == PartyKind.PERSON;
        List<String> nameExplain = new ArrayList<>(pq.notes());
        double nameScore = NameScorer.score(pq, pl, personish, s.base, nameExplain);
        explain.add(String.format(Locale.ROOT, "name score %.3f against %s \"%s\"",
                nameScore, ni == 0 ? "primary name" : "alias", n.names().get(ni)));
        if (ni != h.nameIndex) {
            explain.add("compared with the part \"" + pl.original() + "\" of a name written A/B");
        }
        explain.addAll(nameExplain);
        double fin = adjust(h, q, explain);
        Band band = config.band(fin);
        if (band == Band.MATCH && n.isWeak(ni)) {
            band = Band.POSSIBLE;
            explain.add("weak alias: at most POSSIBLE");
        }
        return new Candidate(n.entryKey(), n.designationId(), n.list(), n.names().get(ni), n.primaryName(),
                fin, band, explain);
    }

    /** Kind and country evidence: small adjustments, never filters. */
    private static double adjust(Hit h, MatchQuery q, List<String> explain) {
        double s = h.nameScore;
        IndexedName n = h.entry.name;
        if (q.kind() != null && q.kind() != PartyKind.UNKNOWN && n.kind() != PartyKind.UNKNOWN) {
            if (q.kind() == n.kind()) {
                s += 0.01;
                if (explain != null) {
                    explain.add("kind " + n.kind() + " agrees: +0.01");
                }
            } else {
                s -= 0.05;
                if (explain != null) {
                    explain.add("kind differs (query " + q.kind() + ", entry " + n.kind() + "): -0.05");
                }
            }
        }
        if (!q.countries().isEmpty() && !n.countries().isEmpty()) {
            boolean overlap = false;
            for (String c : q.countries()) {
                for (String d : n.countries()) {
                    if (c.equalsIgnoreCase(d)) {
                        overlap = true;
                    }
                }
            }
            s += overlap ? 0.02 : -0.02;
            if (explain != null) {
                explain.add(overlap ? "country agrees " + n.countries() + ": +0.02"
                        : "country differs (query " + q.countries() + ", entry " + n.countries() + "): -0.02");
            }
        }
        return Math.max(0, Math.min(1.0, s));
    }

    private static boolean admissible(Entry e, MatchQuery q) {
        if (!q.lists().isEmpty() && !q.lists().contains(e.name.list())) {
            return false;
        }
        return e.name.effectiveOn(q.asOf());
    }

    public static String normId(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    private static boolean schemeCompatible(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return true;
        }
        return normId(a).equals(normId(b));
    }

    // ---------------------------------------------------------------- internals

    static final class Entry {
        final IndexedName name;
        /** Prepared names parallel to {@code name.names()}, then the parts of "A/B" names. */
        final PreparedName[] prepared;
        /** For each prepared name, the index of its name in {@code name.names()}; null: identity. */
        final int[] origin;

        Entry(IndexedName name, PreparedName[] prepared, int[] origin) {
            this.name = name;
            this.prepared = prepared;
            this.origin = origin;
        }

        int nameOf(int prepared) {
            return origin == null ? prepared : origin[prepared];
        }
    }

    private static final class Hit {
        final Entry entry;
        final int nameIndex;
        final double nameScore;
        double finalScore;
        String identifier;

        Hit(Entry entry, int nameIndex, double nameScore) {
            this.entry = entry;
            this.nameIndex = nameIndex;
            this.nameScore = nameScore;
        }
    }

    private static final class Snapshot {
        final Segment base;
        final Segment delta;
        final Map<String, Entry> overrides;
        final int size;

        Snapshot(Segment base, Segment delta, Map<String, Entry> overrides, int size) {
            this.base = base;
            this.delta = delta;
            this.overrides = overrides;
            this.size = size;
        }

        boolean live(Entry e, Segment seg) {
            if (overrides.isEmpty()) {
                return seg == base;
            }
            Entry o = overrides.get(e.name.entryKey());
            return seg == base ? o == null : o == e;
        }

        /** The live entry under this key, or null. */
        Entry entry(String key) {
            Entry o = overrides.get(key);
            if (o != null) {
                return o == TOMBSTONE ? null : o;
            }
            return base.byKey.get(key);
        }

        boolean contains(String key) {
            Entry o = overrides.get(key);
            return o != null ? o != TOMBSTONE : base.byKey.containsKey(key);
        }
    }

    /**
     * Immutable inverted index over the aliases of some entries. Keys per alias token: the token
     * itself ("t:"), a consonant skeleton ("s:", first letter + sound classes, vowels dropped),
     * a 4-letter prefix ("p:") and its sorted letters ("a:", transpositions), plus the concatenation of adjacent tokens ("t:alqaida"). A query
     * additionally looks up concatenations of its adjacent 2-3 tokens (pinyin syllables
     * "bei jing" meet "beijing"). Legal forms and stop words are not indexed.
     */
    static final class Segment implements NameScorer.Idf {
        final Entry[] entries;
        final Map<String, Entry> byKey;
        final Map<String, List<Entry>> byIdentifier;
        final int aliasCount;
        final int[] aliasEntry;
        final int[] aliasName;
        final byte[] aliasTokens;
        /** Index key to its aliases and its retrieval weight (IDF, times 0.7 for skeletons, 0.5 for prefix/anagram). */
        final Map<String, Posting> postings;
        final Map<String, Integer> keyDf;
        /** Query token to the postings of its keys (tokens repeat across queries: one look-up instead of four). */
        private final java.util.concurrent.ConcurrentHashMap<String, Posting[]> tokenPostings = new java.util.concurrent.ConcurrentHashMap<>();
        final Map<String, Float> tokenFactor;
        final int totalAliases;
        /** Fuzzy keys (skeleton, prefix, anagram) in more aliases than this are not used. */
        final int fuzzyDfLimit;

        private Segment(List<Entry> es, Segment statsFrom) {
            entries = es.toArray(new Entry[0]);
            byKey = new HashMap<>();
            byIdentifier = new HashMap<>();
            List<int[]> aliases = new ArrayList<>();
            for (int ei = 0; ei < entries.length; ei++) {
                Entry e = entries[ei];
                byKey.put(e.name.entryKey(), e);
                for (Identifier id : e.name.identifiers()) {
                    String v = normId(id.value());
                    if (!v.isEmpty()) {
                        byIdentifier.computeIfAbsent(v, k -> new ArrayList<>(1)).add(e);
                    }
                }
                Set<String> seen = new HashSet<>();
                for (int ni = 0; ni < e.prepared.length; ni++) {
                    if (e.prepared[ni] != null && seen.add(e.prepared[ni].joined())) {
                        aliases.add(new int[] {ei, ni});
                    }
                }
            }
            aliasCount = aliases.size();
            aliasEntry = new int[aliasCount];
            aliasName = new int[aliasCount];
            aliasTokens = new byte[aliasCount];
            Map<String, Integer> tokenDf = new HashMap<>();
            Map<String, List<Integer>> post = new HashMap<>();
            for (int a = 0; a < aliasCount; a++) {
                aliasEntry[a] = aliases.get(a)[0];
                aliasName[a] = aliases.get(a)[1];
                PreparedName p = entries[aliasEntry[a]].prepared[aliasName[a]];
                aliasTokens[a] = (byte) Math.min(127, p.tokens().length);
                for (String t : new HashSet<>(List.of(p.tokens()))) {
                    tokenDf.merge(t, 1, Integer::sum);
                }
                for (String k : indexKeys(p)) {
                    post.computeIfAbsent(k, x -> new ArrayList<>(2)).add(a);
                }
            }
            fuzzyDfLimit = Math.max(200, aliasCount / 50);
            postings = new HashMap<>(post.size() * 2);
            keyDf = new HashMap<>(post.size() * 2);
            Map<String, int[]> arrays = new HashMap<>(post.size() * 2);
            for (Map.Entry<String, List<Integer>> e : post.entrySet()) {
                int[] arr = new int[e.getValue().size()];
                for (int q = 0; q < arr.length; q++) {
                    arr[q] = e.getValue().get(q);
                }
                arrays.put(e.getKey(), arr);
                keyDf.put(e.getKey(), arr.length);
            }
            if (statsFrom != null && statsFrom.aliasCount > 0) {
                tokenFactor = statsFrom.tokenFactor;
                totalAliases = statsFrom.aliasCount + aliasCount;
                // delta: document frequencies from the base so weights stay comparable
                for (Map.Entry<String, Integer> e : statsFrom.keyDf.entrySet()) {
                    keyDf.merge(e.getKey(), e.getValue(), Integer::sum);
                }
            } else {
                totalAliases = aliasCount;
                tokenFactor = new HashMap<>(tokenDf.size() * 2);
                double logN = Math.log(Math.max(2, aliasCount) / 3.0);
                for (Map.Entry<String, Integer> t : tokenDf.entrySet()) {
                    int df = t.getValue();
                    if (df > 3 && logN > 0) {
                        double r = Math.log(aliasCount / (double) df) / logN;
                        tokenFactor.put(t.getKey(), (float) (0.3 + 0.7 * Math.max(0, Math.min(1, r))));
                    }
                }
            }
            fillPostings(arrays);
        }

        private void fillPostings(Map<String, int[]> arrays) {
            for (Map.Entry<String, int[]> e : arrays.entrySet()) {
                postings.put(e.getKey(), new Posting(e.getValue(), keyWeight(e.getKey()), e.getKey().charAt(0) != 't'));
            }
        }

        static Segment build(List<Entry> es, Segment statsFrom) {
            return new Segment(es, statsFrom);
        }

        @Override
        public float factor(String token) {
            Float f = tokenFactor.get(token);
            return f == null ? 1f : f;
        }

        private static boolean indexable(byte cls) {
            return cls != Lexicon.LEGAL && cls != Lexicon.STOP;
        }

        static Set<String> indexKeys(PreparedName p) {
            String[] t = p.tokens();
            byte[] c = p.classes();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < t.length; i++) {
                if (indexable(c[i]) || t.length == 1) {
                    tokenKeys(t[i], keys);
                }
                if (i + 1 < t.length) {
                    keys.add("t:" + t[i] + t[i + 1]);
                }
            }
            return keys;
        }

        static void tokenKeys(String tok, Set<String> keys) {
            keys.add("t:" + tok);
            if (tok.length() >= 4) {
                keys.add("s:" + skeleton(tok));
                keys.add("p:" + tok.substring(0, 4));
                char[] cs = tok.toCharArray();
                java.util.Arrays.sort(cs);
                keys.add("a:" + new String(cs)); // transpositions: afiz = faiz
            }
        }

        /** First letter, then sound classes of the following consonants, repeats collapsed. */
        static String skeleton(String t) {
            StringBuilder b = new StringBuilder(8);
            b.append(t.charAt(0));
            char last = soundClass(t.charAt(0));
            for (int i = 1; i < t.length() && b.length() < 8; i++) {
                char c = soundClass(t.charAt(i));
                if (c == '0') {
                    continue; // vowels, h, w, y: dropped, do not break repeats
                }
                if (c != last) {
                    b.append(c);
                }
                last = c;
            }
            return b.toString();
        }

        private static char soundClass(char c) {
            switch (c) {
                case 'b': case 'p': case 'f': case 'v': return '1';
                case 'c': case 'g': case 'j': case 'k': case 'q': case 's': case 'x': case 'z': return '2';
                case 'd': case 't': return '3';
                case 'l': return '4';
                case 'm': case 'n': return '5';
                case 'r': return '6';
                case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'h': case 'w': return '0';
                default: return c;
            }
        }

        private float keyWeight(String key) {
            Integer df = keyDf.get(key);
            if (df == null) {
                return 0f;
            }
            float idf = (float) Math.log(1.0 + totalAliases / (double) df);
            return switch (key.charAt(0)) {
                case 't' -> idf;
                case 's' -> 0.7f * idf;
                default -> 0.5f * idf;
            };
        }

        static final float FLOOR = Float.parseFloat(System.getProperty("chokepoint.matching.floor", "0.5"));

        private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

        /** Postings of one query token's keys (exact, skeleton, prefix, anagram), memoized per segment. */
        private Posting[] tokenPostings(String tok) {
            Posting[] p = tokenPostings.get(tok);
            if (p == null) {
                Set<String> keys = new HashSet<>(8);
                tokenKeys(tok, keys);
                List<Posting> found = new ArrayList<>(keys.size());
                for (String key : keys) {
                    Posting x = postings.get(key);
                    // fuzzy keys shared by very many aliases are skipped: the exact keys rank those
                    if (x != null && !(x.fuzzy && x.ids.length > fuzzyDfLimit)) {
                        found.add(x);
                    }
                }
                p = found.toArray(new Posting[0]);
                if (tokenPostings.size() > TOKEN_CACHE_LIMIT) {
                    tokenPostings.clear();
                }
                tokenPostings.put(tok, p);
            }
            return p;
        }

        private static final int TOKEN_CACHE_LIMIT = 200_000;

        private void addPosting(Posting x, List<Posting> used) {
            if (x == null || (x.fuzzy && x.ids.length > fuzzyDfLimit)) {
                return;
            }
            for (int i = 0; i < used.size(); i++) {
                if (used.get(i) == x) {
                    return; // each key counts once per query, as before
                }
            }
            used.add(x);
        }

        /** Alias ids of the best {@code k} aliases by weighted key overlap. */
        int[] retrieve(PreparedName q, int k) {
            String[] t = q.tokens();
            byte[] c = q.classes();
            Scratch sc = SCRATCH.get();
            List<Posting> used = sc.used;
            used.clear();
            for (int i = 0; i < t.length; i++) {
                if (indexable(c[i]) || t.length == 1) {
                    for (Posting x : tokenPostings(t[i])) {
                        addPosting(x, used);
                    }
                }
                if (i + 1 < t.length) {
                    String two = t[i] + t[i + 1];
                    addPosting(postings.get("t:" + two), used);
                    if (two.length() >= 4) {
                        addPosting(postings.get("s:" + skeleton(two)), used);
                    }
                    if (i + 2 < t.length) {
                        addPosting(postings.get("t:" + two + t[i + 2]), used);
                    }
                }
            }
            if (HanTranscription.SCRIPT.equals(q.script())) {
                // 贝拉克·奥巴马 (beilake aobama): Chinese writes r as l and an initial o as ao; the
                // skeleton keys of those readings reach Barack Obama
                for (String tok : t) {
                    for (String v : HanTranscription.readings(tok)) {
                        if (v.length() >= 4) {
                            addPosting(postings.get("s:" + skeleton(v)), used);
                        }
                    }
                }
            }
            if (q.wadeGiles()) {
                // Wade-Giles query: also look up the pinyin readings of its syllables and their joins
                for (int i = 0; i < t.length; i++) {
                    List<String> ri = WadeGiles.parses(t[i]) ? WadeGiles.pinyin(t[i]) : List.of(t[i]);
                    for (String r : ri) {
                        for (Posting x : tokenPostings(r)) {
                            addPosting(x, used);
                        }
                    }
                    if (i + 1 < t.length && WadeGiles.parses(t[i + 1])) {
                        for (String r : ri) {
                            for (String r2 : WadeGiles.pinyin(t[i + 1])) {
                                addPosting(postings.get("t:" + r + r2), used);
                            }
                        }
                    }
                }
            }
            sc.ensure(aliasCount);
            float[] acc = sc.acc;
            int[] touched = sc.touched;
            int nt = 0;
            float maxAcc = 0;
            // heaviest keys first; once the keys left weigh less than the floor, an alias they would
            // newly reach could never pass it: only aliases already reached are updated (max-score)
            used.sort((x, y) -> Float.compare(y.weight, x.weight));
            float left = 0;
            for (int u = 0; u < used.size(); u++) {
                left += used.get(u).weight;
            }
            for (int u = 0; u < used.size(); u++) {
                Posting x = used.get(u);
                float w = x.weight;
                boolean admit = left >= maxAcc * FLOOR * 0.999f;
                left -= w;
                if (admit) {
                    for (int a : x.ids) {
                        if (acc[a] == 0f) {
                            if (nt == touched.length) {
                                touched = sc.touched = java.util.Arrays.copyOf(touched, touched.length * 2);
                            }
                            touched[nt++] = a;
                        }
                        float v = acc[a] += w;
                        if (v > maxAcc) {
                            maxAcc = v;
                        }
                    }
                } else {
                    for (int a : x.ids) {
                        if (acc[a] != 0f) {
                            float v = acc[a] += w;
                            if (v > maxAcc) {
                                maxAcc = v;
                            }
                        }
                    }
                }
            }
            // top-k, min-heap; aliases far below the best are not rescored
            float floor = maxAcc * FLOOR;
            int[] heap = new int[Math.min(k, nt)];
            float[] hs = new float[heap.length];
            int hn = 0;
            for (int i = 0; i < nt; i++) {
                int a = touched[i];
                float raw = acc[a];
                acc[a] = 0f;
                if (raw < floor) {
                    continue;
                }
                float s = raw / (float) Math.sqrt(1 + aliasTokens[a]);
                if (hn < heap.length) {
                    heap[hn] = a;
                    hs[hn] = s;
                    hn++;
                    siftUp(heap, hs, hn - 1);
                } else if (s > hs[0]) {
                    heap[0] = a;
                    hs[0] = s;
                    siftDown(heap, hs, hn);
                }
            }
            return java.util.Arrays.copyOf(heap, hn);
        }

        private static void siftUp(int[] h, float[] s, int i) {
            while (i > 0) {
                int p = (i - 1) >> 1;
                if (s[p] <= s[i]) {
                    break;
                }
                swap(h, s, i, p);
                i = p;
            }
        }

        private static void siftDown(int[] h, float[] s, int n) {
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= n) {
                    break;
                }
                int c = l + 1 < n && s[l + 1] < s[l] ? l + 1 : l;
                if (s[i] <= s[c]) {
                    break;
                }
                swap(h, s, i, c);
                i = c;
            }
        }

        private static void swap(int[] h, float[] s, int i, int j) {
            int t = h[i];
            h[i] = h[j];
            h[j] = t;
            float f = s[i];
            s[i] = s[j];
            s[j] = f;
        }
    }

    /** An index key's aliases and weight; {@code fuzzy} for skeleton, prefix and anagram keys. */
    record Posting(int[] ids, float weight, boolean fuzzy) {
    }

    private static final class Scratch {
        final List<Posting> used = new ArrayList<>(32);
        float[] acc = new float[0];
        int[] touched = new int[1024];

        void ensure(int n) {
            if (acc.length < n) {
                acc = new float[n];
            }
        }
    }
}
