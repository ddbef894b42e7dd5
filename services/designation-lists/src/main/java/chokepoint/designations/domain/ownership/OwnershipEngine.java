package chokepoint.designations.domain.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The ownership graph as of one date, with the OFAC 50 Percent Rule and BIS Affiliates Rule
 * applied to a least fixpoint, and incremental updates that propagate only downstream of a change.
 *
 * <p>Arithmetic (OFAC Revised Guidance, Aug. 13, 2014; FAQ 401): an entity's aggregate is the sum
 * of the DIRECT stakes held in it by owners that are blocked (listed, or themselves blocked by the
 * rule); a blocked intermediary passes its full stake, an unblocked one passes nothing; nothing is
 * multiplied. The same arithmetic over Entity List / MEU / 744.8(a)(1)-SDN owners and affiliates gives
 * the Affiliates Rule (Supp. 8 to part 744, para. (b)). Both relations are monotone, so the least
 * fixpoint is unique: it does not depend on the order facts arrive in, and cycles without an outside
 * listed owner derive nothing. Stakes with unknown percentage add nothing and raise red flags.
 *
 * <p>Incremental: {@link #addStake} and {@link #addListing} only add facts, so statuses only grow and
 * are propagated from the changed node downstream. Removing or end-dating a fact, or a new date,
 * needs {@link #rebuild(LocalDate)} (a full recompute, about a second for 1M edges).
 *
 * <p>Not thread-safe: one writer; guard with a read-write lock if screenings run concurrently with updates
 * ({@link #screen} and {@link #status} only read).
 */
public final class OwnershipEngine {
    private final LocalDate asOf;
    private final OwnershipConfig config;
    private final Optional<RuleWindow> affiliatesWindow;
    private final long minorityMicros;

    private final StringIndex index;
    private String[] ids;
    private int n;

    private int[] eOwner;
    private int[] eOwned;
    private long[] ePct;
    private int m;
    private int[][] out;
    private int[][] in;
    private int[] outDeg;
    private int[] inDeg;

    private final Map<Integer, List<Listing>> listings = new HashMap<>();
    private boolean[] listedAny;
    private boolean[] listedBlocking;
    private boolean[] listedQualifying;
    private byte[] listedPolicy;

    private boolean[] blocked;
    private boolean[] aff;
    private long[] bSum;
    private long[] aSum;
    private int[] bRank;
    private int[] aRank;
    private byte[] policy;
    private int rankCounter;

    private final Map<String, List<OfficerLink>> officersByPerson = new HashMap<>();
    private final Map<String, List<OfficerLink>> officersByEntity = new HashMap<>();
    private final Map<String, List<String>> notes = new HashMap<>();

    private final List<Stake> allStakes;
    private final List<Listing> allListings;
    private final List<OfficerLink> allOfficers;

    private static final LicenseReviewPolicy[] POLICIES = LicenseReviewPolicy.values();

    private OwnershipEngine(LocalDate asOf, OwnershipConfig config, int nodeCap, int edgeCap,
                            List<Stake> stakes, List<Listing> ls, List<OfficerLink> os) {
        this.asOf = asOf;
        this.config = config;
        this.affiliatesWindow = config.affiliatesSchedule().inForceWindow(asOf);
        this.minorityMicros = Percent.toMicros(config.minorityRedFlagThreshold());
        this.index = new StringIndex(Math.max(16, nodeCap));
        this.allStakes = stakes;
        this.allListings = ls;
        this.allOfficers = os;
        allocNodes(Math.max(16, nodeCap));
        eOwner = new int[Math.max(16, edgeCap)];
        eOwned = new int[eOwner.length];
        ePct = new long[eOwner.length];
    }

    /**
     * Builds the engine from all stored facts (DB rows mapped to records) and computes every
     * status as of {@code asOf}. Facts not in force on {@code asOf} are kept (for {@link #rebuild})
     * but ignored.
     */
    public static OwnershipEngine build(LocalDate asOf, Collection<Stake> stakes, Collection<Listing> listings,
                                        Collection<OfficerLink> officers, OwnershipConfig config) {
        OwnershipEngine e = new OwnershipEngine(asOf, config, stakes.size() / 3 + listings.size(), stakes.size(),
                new ArrayList<>(stakes), new ArrayList<>(listings), new ArrayList<>(officers));
        e.load();
        e.computeAll();
        return e;
    }

    /** A new engine over the same facts (including those added since) as of another date. */
    public OwnershipEngine rebuild(LocalDate newAsOf) {
        return build(newAsOf, allStakes, allListings, allOfficers, config);
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The Affiliates Rule window in force on {@link #asOf()}, empty when the rule does not apply. */
    public Optional<RuleWindow> affiliatesWindow() {
        return affiliatesWindow;
    }

    // ---------------------------------------------------------------- loading

    private void allocNodes(int cap) {
        ids = new String[cap];
        out = new int[cap][];
        in = new int[cap][];
        outDeg = new int[cap];
        inDeg = new int[cap];
        listedAny = new boolean[cap];
        listedBlocking = new boolean[cap];
        listedQualifying = new boolean[cap];
        listedPolicy = new byte[cap];
        blocked = new boolean[cap];
        aff = new boolean[cap];
        bSum = new long[cap];
        aSum = new long[cap];
        bRank = new int[cap];
        aRank = new int[cap];
        policy = new byte[cap];
    }

    private void growNodes() {
        int cap = ids.length * 2;
        ids = Arrays.copyOf(ids, cap);
        out = Arrays.copyOf(out, cap);
        in = Arrays.copyOf(in, cap);
        outDeg = Arrays.copyOf(outDeg, cap);
        inDeg = Arrays.copyOf(inDeg, cap);
        listedAny = Arrays.copyOf(listedAny, cap);
        listedBlocking = Arrays.copyOf(listedBlocking, cap);
        listedQualifying = Arrays.copyOf(listedQualifying, cap);
        listedPolicy = Arrays.copyOf(listedPolicy, cap);
        blocked = Arrays.copyOf(blocked, cap);
        aff = Arrays.copyOf(aff, cap);
        bSum = Arrays.copyOf(bSum, cap);
        aSum = Arrays.copyOf(aSum, cap);
        bRank = Arrays.copyOf(bRank, cap);
        aRank = Arrays.copyOf(aRank, cap);
        policy = Arrays.copyOf(policy, cap);
    }

    private int intern(String id) {
        int i = index.getOrPut(id, n);
        if (i < n) {
            return i;
        }
        if (n == ids.length) {
            growNodes();
        }
        ids[n] = id;
        return n++;
    }

    private int appendEdge(int u, int v, long pct) {
        if (m == eOwner.length) {
            int cap = m * 2;
            eOwner = Arrays.copyOf(eOwner, cap);
            eOwned = Arrays.copyOf(eOwned, cap);
            ePct = Arrays.copyOf(ePct, cap);
        }
        eOwner[m] = u;
        eOwned[m] = v;
        ePct[m] = pct;
        return m++;
    }

    private boolean acceptStake(Stake s) {
        if (!s.inForceOn(asOf)) {
            return false;
        }
        if (s.ownerId().equals(s.ownedId())) {
            note(s.ownedId(), "self-ownership stake ignored (" + s.ownerId() + " owns "
                    + (s.percentKnown() ? s.percent().toPlainString() + "%" : "an unknown share") + " of itself"
                    + (s.source() == null ? "" : ", source " + s.source()) + ")");
            return false;
        }
        return true;
    }

    private void note(String id, String text) {
        notes.computeIfAbsent(id, k -> new ArrayList<>()).add(text);
    }

    private void load() {
        for (Stake s : allStakes) {
            if (acceptStake(s)) {
                int u = intern(s.ownerId());
                int v = intern(s.ownedId());
                appendEdge(u, v, Percent.toMicros(s.percent()));
                outDeg[u]++;
                inDeg[v]++;
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = new int[outDeg[i]];
            in[i] = new int[inDeg[i]];
            outDeg[i] = 0;
            inDeg[i] = 0;
        }
        for (int e = 0; e < m; e++) {
            int u = eOwner[e];
            int v = eOwned[e];
            out[u][outDeg[u]++] = e;
            in[v][inDeg[v]++] = e;
        }
        for (Listing l : allListings) {
            applyListingFlags(l);
        }
        for (OfficerLink o : allOfficers) {
            indexOfficer(o);
        }
    }

    /** Returns true when the listing is in force and was recorded. */
    private boolean applyListingFlags(Listing l) {
        if (!l.inForceOn(asOf)) {
            return false;
        }
        int x = intern(l.entityId());
        listings.computeIfAbsent(x, k -> new ArrayList<>()).add(l);
        listedAny[x] = true;
        if (OwnershipRules.blocksUnderOfac(l, asOf)) {
            listedBlocking[x] = true;
        }
        if (OwnershipRules.countsUnderAffiliatesRule(l, asOf, config)) {
            listedQualifying[x] = true;
            byte p = (byte) OwnershipRules.inheritedPolicy(l, config).ordinal();
            if (p > listedPolicy[x]) {
                listedPolicy[x] = p;
            }
        }
        return true;
    }

    private void indexOfficer(OfficerLink o) {
        officersByPerson.computeIfAbsent(o.personId(), k -> new ArrayList<>()).add(o);
        officersByEntity.computeIfAbsent(o.entityId(), k -> new ArrayList<>()).add(o);
    }

    // ---------------------------------------------------------------- fixpoint

    private void computeAll() {
        IntStack st = new IntStack(1024);
        for (int i = 0; i < n; i++) {
            if (listedBlocking[i]) {
                blocked[i] = true;
                st.push(i);
            }
        }
        propagateSums(st, blocked, bSum, bRank, null);
        if (affiliatesWindow.isPresent()) {
            for (int i = 0; i < n; i++) {
                if (listedQualifying[i]) {
                    aff[i] = true;
                    st.push(i);
                }
            }
            propagateSums(st, aff, aSum, aRank, null);
            for (int i = 0; i < n; i++) {
                if (aff[i]) {
                    policy[i] = listedQualifying[i] ? listedPolicy[i] : 0;
                }
            }
            for (int i = 0; i < n; i++) {
                if (aff[i]) {
                    st.push(i);
                }
            }
            propagatePolicy(st, null);
        }
    }

    /** Each node enters the stack once, when its flag turns on; each of its edges is then added once. */
    private void propagateSums(IntStack st, boolean[] flag, long[] sum, int[] rank, LinkedHashSet<Integer> changed) {
        while (!st.isEmpty()) {
            int u = st.pop();
            int[] o = out[u];
            int d = outDeg[u];
            for (int k = 0; k < d; k++) {
                int e = o[k];
                long p = ePct[e];
                if (p < 0) {
                    continue;
                }
                int v = eOwned[e];
                long s = sum[v] + p;
                sum[v] = s;
                if (!flag[v] && OwnershipRules.crossesFiftyPercent(s)) {
                    flag[v] = true;
                    rank[v] = ++rankCounter;
                    st.push(v);
                    if (changed != null) {
                        changed.add(v);
                    }
                }
            }
        }
    }

    /** Most-restrictive inheritance: policy[v] >= policy[u] along every affiliate-to-affiliate edge. */
    private void propagatePolicy(IntStack st, LinkedHashSet<Integer> changed) {
        while (!st.isEmpty()) {
            int u = st.pop();
            byte pu = policy[u];
            int[] o = out[u];
            int d = outDeg[u];
            for (int k = 0; k < d; k++) {
                int v = eOwned[o[k]];
                if (aff[v] && pu > policy[v]) {
                    policy[v] = pu;
                    st.push(v);
                    if (changed != null) {
                        changed.add(v);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- incremental updates

    /**
     * Adds one stake and propagates downstream only. Returns the ids whose derived status changed
     * (newly blocked, newly an affiliate, or a more restrictive inherited policy).
     */
    public List<String> addStake(Stake s) {
        allStakes.add(s);
        if (!acceptStake(s)) {
            return List.of();
        }
        int u = intern(s.ownerId());
        int v = intern(s.ownedId());
        int e = appendEdge(u, v, Percent.toMicros(s.percent()));
        out[u] = addTo(out[u], outDeg[u]++, e);
        in[v] = addTo(in[v], inDeg[v]++, e);
        LinkedHashSet<Integer> changed = new LinkedHashSet<>();
        IntStack st = new IntStack(16);
        long p = ePct[e];
        if (blocked[u] && p >= 0) {
            bSum[v] += p;
            if (!blocked[v] && OwnershipRules.crossesFiftyPercent(bSum[v])) {
                blocked[v] = true;
                bRank[v] = ++rankCounter;
                changed.add(v);
                st.push(v);
                propagateSums(st, blocked, bSum, bRank, changed);
            }
        }
        if (affiliatesWindow.isPresent() && aff[u]) {
            LinkedHashSet<Integer> newlyAff = new LinkedHashSet<>();
            if (p >= 0) {
                aSum[v] += p;
                if (!aff[v] && OwnershipRules.crossesFiftyPercent(aSum[v])) {
                    aff[v] = true;
                    aRank[v] = ++rankCounter;
                    newlyAff.add(v);
                    st.push(v);
                    propagateSums(st, aff, aSum, aRank, newlyAff);
                }
            }
            seedPolicies(newlyAff, st);
            if (aff[v] && policy[u] > policy[v]) {
                policy[v] = policy[u];
                st.push(v);
                changed.add(v);
            }
            changed.addAll(newlyAff);
            propagatePolicy(st, changed);
        }
        return names(changed);
    }

    /** Adds one listing (a new designation) and propagates downstream only. */
    public List<String> addListing(Listing l) {
        allListings.add(l);
        if (!l.inForceOn(asOf)) {
            return List.of();
        }
        applyListingFlags(l);
        int x = index.get(l.entityId());
        LinkedHashSet<Integer> changed = new LinkedHashSet<>();
        IntStack st = new IntStack(16);
        if (listedBlocking[x] && !blocked[x]) {
            blocked[x] = true;
            bRank[x] = 0;
            changed.add(x);
            st.push(x);
            propagateSums(st, blocked, bSum, bRank, changed);
        }
        if (affiliatesWindow.isPresent() && listedQualifying[x]) {
            LinkedHashSet<Integer> newlyAff = new LinkedHashSet<>();
            if (!aff[x]) {
                aff[x] = true;
                aRank[x] = 0;
                newlyAff.add(x);
                st.push(x);
                propagateSums(st, aff, aSum, aRank, newlyAff);
            }
            seedPolicies(newlyAff, st);
            if (listedPolicy[x] > policy[x]) {
                policy[x] = listedPolicy[x];
                changed.add(x);
                st.push(x);
            }
            changed.addAll(newlyAff);
            propagatePolicy(st, changed);
        }
        return names(changed);
    }

    /** Adds one officer link (only red flags read these). */
    public void addOfficerLink(OfficerLink o) {
        allOfficers.add(o);
        indexOfficer(o);
    }

    private void seedPolicies(Collection<Integer> newlyAff, IntStack st) {
        for (int w : newlyAff) {
            byte p = listedQualifying[w] ? listedPolicy[w] : 0;
            for (int k = 0; k < inDeg[w]; k++) {
                int u = eOwner[in[w][k]];
                if (aff[u] && policy[u] > p) {
                    p = policy[u];
                }
            }
            policy[w] = p;
            st.push(w);
        }
    }

    private static int[] addTo(int[] a, int size, int e) {
        if (a == null) {
            a = new int[2];
        } else if (size == a.length) {
            a = Arrays.copyOf(a, Math.max(2, size * 2));
        }
        a[size] = e;
        return a;
    }

    private List<String> names(Collection<Integer> xs) {
        List<String> r = new ArrayList<>(xs.size());
        for (int x : xs) {
            r.add(ids[x]);
        }
        return r;
    }

    // ---------------------------------------------------------------- queries

    /** Number of entity/person ids in the graph. */
    public int size() {
        return n;
    }

    /** True when the id is blocked, by its own blocking listing or by the 50 Percent Rule. */
    public boolean isBlocked(String id) {
        int i = index.get(id);
        return i >= 0 && blocked[i];
    }

    /** True when the Affiliates Rule applies and the id is listed under it or an affiliate. */
    public boolean isAffiliateRestricted(String id) {
        int i = index.get(id);
        return i >= 0 && aff[i];
    }

    /** Counts: [blocked by the 50% rule (not listed), affiliates (not listed)]. */
    public int[] derivedCounts() {
        int b = 0;
        int a = 0;
        for (int i = 0; i < n; i++) {
            if (blocked[i] && OwnershipRules.crossesFiftyPercent(bSum[i])) {
                b++;
            }
            if (aff[i] && OwnershipRules.crossesFiftyPercent(aSum[i])) {
                a++;
            }
        }
        return new int[] {b, a};
    }

    // package-private views for tests
    long blockedSumMicros(String id) {
        int i = index.get(id);
        return i < 0 ? 0 : bSum[i];
    }

    long affiliateSumMicros(String id) {
        int i = index.get(id);
        return i < 0 || !affiliatesWindow.isPresent() ? 0 : aSum[i];
    }

    int policyOrdinal(String id) {
        int i = index.get(id);
        return i < 0 || !aff[i] ? -1 : policy[i];
    }

    /** Full derived status of one id (an unknown id gets an empty status, plus officer flags if any). */
    public EntityOwnershipStatus status(String entityId) {
        int v = index.get(entityId);
        List<InStake> stakes = new ArrayList<>();
        if (v >= 0) {
            for (int k = 0; k < inDeg[v]; k++) {
                int e = in[v][k];
                stakes.add(new InStake(ids[eOwner[e]], eOwner[e], ePct[e]));
            }
        }
        return evaluate(entityId, stakes, officersByEntity.getOrDefault(entityId, List.of()));
    }

    /**
     * Evaluates one screened party with its declared direct owners (and officers) against the current
     * graph, without changing it. Several declared stakes of one owner add up. When the party is
     * already in the graph, each owner counts with the larger of its declared and its recorded
     * total (never both, so a stake known twice is not double counted); recorded owners not declared
     * still count. Declared owner ids unknown to the graph count as not listed.
     */
    public EntityOwnershipStatus screen(String partyId, List<DeclaredOwner> declaredOwners,
                                        List<OfficerLink> declaredOfficers) {
        Map<String, long[]> perOwner = new LinkedHashMap<>(); // [declaredKnown, declaredUnknown, graphKnown, graphUnknown]
        for (DeclaredOwner d : declaredOwners) {
            long[] a = perOwner.computeIfAbsent(d.ownerId(), k -> new long[4]);
            if (d.percent() == null) {
                a[1] = 1;
            } else {
                a[0] += Percent.toMicros(d.percent());
            }
        }
        int v = index.get(partyId);
        if (v >= 0) {
            for (int k = 0; k < inDeg[v]; k++) {
                int e = in[v][k];
                long[] a = perOwner.computeIfAbsent(ids[eOwner[e]], x -> new long[4]);
                if (ePct[e] < 0) {
                    a[3] = 1;
                } else {
                    a[2] += ePct[e];
                }
            }
        }
        List<InStake> stakes = new ArrayList<>();
        for (Map.Entry<String, long[]> en : perOwner.entrySet()) {
            if (en.getKey().equals(partyId)) {
                continue;
            }
            long[] a = en.getValue();
            int u = index.get(en.getKey());
            long known = Math.max(a[0], a[2]);
            if (known > 0) {
                stakes.add(new InStake(en.getKey(), u, known));
            }
            if ((a[1] | a[3]) != 0 && known == 0) {
                stakes.add(new InStake(en.getKey(), u, Percent.UNKNOWN));
            }
        }
        List<OfficerLink> officers = new ArrayList<>(officersByEntity.getOrDefault(partyId, List.of()));
        for (OfficerLink o : declaredOfficers) {
            officers.add(new OfficerLink(o.personId(), partyId, o.role(), o.effectiveFrom(), o.effectiveTo()));
        }
        EntityOwnershipStatus st = evaluate(partyId, stakes, officers);
        boolean selfDeclared = declaredOwners.stream().anyMatch(d -> d.ownerId().equals(partyId));
        if (!selfDeclared) {
            return st;
        }
        List<String> ns = new ArrayList<>(st.notes());
        ns.add("self-ownership declaration ignored (" + partyId + ")");
        return new EntityOwnershipStatus(st.entityId(), st.asOf(), st.blocked(), st.affiliate(), st.redFlags(), ns);
    }

    private record InStake(String ownerId, int owner, long micros) {
    }

    private boolean restricted(int u) {
        return u >= 0 && (listedAny[u] || blocked[u] || aff[u]);
    }

    private EntityOwnershipStatus evaluate(String entityId, List<InStake> stakes, List<OfficerLink> officers) {
        long bTotal = 0;
        long aTotal = 0;
        long listedQualTotal = 0;
        List<InStake> bContrib = new ArrayList<>();
        List<InStake> aContrib = new ArrayList<>();
        byte pol = 0;
        boolean anyAffOwner = false;
        for (InStake s : stakes) {
            if (s.owner < 0) {
                continue;
            }
            if (blocked[s.owner] && s.micros >= 0) {
                bTotal += s.micros;
                bContrib.add(s);
            }
            if (affiliatesWindow.isPresent() && aff[s.owner]) {
                anyAffOwner = true;
                pol = (byte) Math.max(pol, policy[s.owner]);
                if (s.micros >= 0) {
                    aTotal += s.micros;
                    aContrib.add(s);
                }
            }
            if (listedQualifying[s.owner] && s.micros >= 0) {
                listedQualTotal += s.micros;
            }
        }
        Comparator<InStake> order = Comparator.comparingLong((InStake s) -> -s.micros).thenComparing(InStake::ownerId);
        Optional<BlockedStatus> blockedStatus = Optional.empty();
        if (OwnershipRules.crossesFiftyPercent(bTotal)) {
            bContrib.sort(order);
            List<Contribution> cs = new ArrayList<>();
            for (InStake s : bContrib) {
                cs.add(new Contribution(s.ownerId, Percent.fromMicros(s.micros), pathThrough(s, entityId, true)));
            }
            blockedStatus = Optional.of(new BlockedStatus(Percent.fromMicros(bTotal), cs, OwnershipRules.OFAC_50_CITATION));
        }
        Optional<AffiliateStatus> affStatus = Optional.empty();
        if (affiliatesWindow.isPresent() && OwnershipRules.crossesFiftyPercent(aTotal) && anyAffOwner) {
            aContrib.sort(order);
            List<Contribution> cs = new ArrayList<>();
            for (InStake s : aContrib) {
                cs.add(new Contribution(s.ownerId, Percent.fromMicros(s.micros), pathThrough(s, entityId, false)));
            }
            TreeSet<String> reqs = new TreeSet<>();
            TreeSet<String> roots = new TreeSet<>();
            collectListedRoots(stakes, reqs, roots);
            affStatus = Optional.of(new AffiliateStatus(Percent.fromMicros(aTotal), cs, reqs, POLICIES[pol], roots,
                    OwnershipRules.AFFILIATES_CITATION, affiliatesWindow.get()));
        }
        List<RedFlag> flags = redFlags(entityId, stakes, officers, blockedStatus.isPresent() || affStatus.isPresent(),
                listedQualTotal);
        List<String> ns = new ArrayList<>(notes.getOrDefault(entityId, List.of()));
        if (affiliatesWindow.isEmpty() && OwnershipRules.crossesFiftyPercent(listedQualTotal)) {
            ns.add("Entity List / MEU / 744.8(a)(1) SDN owners hold " + Percent.render(listedQualTotal)
                    + "% directly, but the Affiliates Rule does not apply on " + asOf + " ["
                    + affiliatesWindowCitation() + "]");
        }
        return new EntityOwnershipStatus(entityId, asOf, blockedStatus, affStatus, flags, ns);
    }

    private List<RedFlag> redFlags(String entityId, List<InStake> stakes, List<OfficerLink> officers, boolean caught,
                                   long listedQualTotal) {
        List<RedFlag> flags = new ArrayList<>();
        Map<String, long[]> perOwner = new LinkedHashMap<>();
        Map<String, InStake> any = new HashMap<>();
        long total = 0;
        List<InStake> sorted = new ArrayList<>(stakes);
        sorted.sort(Comparator.comparing(InStake::ownerId).thenComparingLong(InStake::micros));
        for (InStake s : sorted) {
            if (!restricted(s.owner)) {
                continue;
            }
            if (s.micros < 0) {
                // the totals below add known stakes only: the text must not suggest the unknown one was weighed
                flags.add(new RedFlag(RedFlag.Code.LISTED_OWNER_PERCENT_UNKNOWN, s.ownerId + " (" + describe(s.owner)
                        + ") owns an unknown percentage of " + entityId + ". The ownership totals in this answer count"
                        + " it as 0, so " + entityId + " may in fact be blocked (OFAC 50% rule) or an affiliate (BIS"
                        + " Affiliates Rule): obtain the percentage",
                        pathThrough(s, entityId, blocked[s.owner]), OwnershipRules.RED_FLAG_29_CITATION));
                continue;
            }
            perOwner.computeIfAbsent(s.ownerId, k -> new long[1])[0] += s.micros;
            any.putIfAbsent(s.ownerId, s);
            total += s.micros;
        }
        if (!caught) {
            boolean flagged = false;
            for (Map.Entry<String, long[]> e : perOwner.entrySet()) {
                long p = e.getValue()[0];
                if (p >= minorityMicros) {
                    InStake s = any.get(e.getKey());
                    // The code keeps its name for a stake of 50% or more too (e.g. an Entity List owner's 60% while the
                    // Affiliates Rule is suspended): the text says which it is, so a reviewer is not misled.
                    String size = p * 2 >= Percent.ONE_HUNDRED
                            ? fiftyPercentNotCaught(listedQualifying[s.owner] || aff[s.owner], entityId, false)
                            : "not blocked, not an affiliate on " + asOf;
                    flags.add(new RedFlag(RedFlag.Code.LISTED_MINORITY_OWNER, e.getKey() + " (" + describe(s.owner)
                            + ") owns " + Percent.render(p) + "% of " + entityId + " (red-flag threshold for a listed owner's stake "
                            + config.minorityRedFlagThreshold().toPlainString() + "%); " + size,
                            pathThrough(new InStake(s.ownerId, s.owner, p), entityId, blocked[s.owner]),
                            OwnershipRules.RED_FLAG_29_CITATION));
                    flagged = true;
                }
            }
            // Owners flagged one by one still get the aggregate line when together they hold half or more: two Entity
            // List owners at 30% each while the Affiliates Rule is suspended are 60% "individually or in aggregate".
            boolean halfTogether = perOwner.size() > 1 && total * 2 >= Percent.ONE_HUNDRED;
            if ((!flagged || halfTogether) && perOwner.size() > 1 && total >= minorityMicros) {
                String owner = perOwner.entrySet().stream().max(Comparator.comparingLong((Map.Entry<String, long[]> x) -> x.getValue()[0]))
                        .map(Map.Entry::getKey).orElseThrow();
                InStake s = any.get(owner);
                flags.add(new RedFlag(RedFlag.Code.LISTED_MINORITY_OWNER, "listed or restricted owners " + perOwner.keySet()
                        + " together own " + Percent.render(total) + "% of " + entityId + " (threshold "
                        + config.minorityRedFlagThreshold().toPlainString() + "%)"
                        + (halfTogether ? "; " + fiftyPercentNotCaught(listedQualTotal * 2 >= Percent.ONE_HUNDRED, entityId, true) : ""),
                        pathThrough(s, entityId, blocked[s.owner]), OwnershipRules.RED_FLAG_29_CITATION));
            }
        }
        for (OfficerLink o : officers) {
            if (!o.inForceOn(asOf)) {
                continue;
            }
            int p = index.get(o.personId());
            if (restricted(p)) {
                flags.add(new RedFlag(RedFlag.Code.SHARED_OFFICER, o.personId() + " (" + describe(p) + ") is "
                        + o.role() + " of " + entityId + " (OFAC FAQ 400: no dealings with a blocked person acting for an entity)",
                        chainTo(p, blocked[p]), OwnershipRules.RED_FLAG_29_CITATION));
            }
            for (OfficerLink other : officersByPerson.getOrDefault(o.personId(), List.of())) {
                if (other.entityId().equals(entityId) || !other.inForceOn(asOf)) {
                    continue;
                }
                int w = index.get(other.entityId());
                if (restricted(w)) {
                    flags.add(new RedFlag(RedFlag.Code.SHARED_OFFICER, o.personId() + " is " + o.role() + " of " + entityId
                            + " and " + other.role() + " of " + other.entityId() + " (" + describe(w) + "): overlapping board / officers",
                            chainTo(w, blocked[w]), OwnershipRules.RED_FLAG_29_CITATION));
                }
            }
        }
        return flags;
    }

    /**
     * Why a stake of 50% or more by a listed owner leaves the entity neither blocked nor an affiliate on asOf: the
     * Affiliates Rule does not apply that day (and when it applies again), or the owner's list is one no ownership
     * rule here extends (its own rules may: NDAA FY2024 sec. 805 reaches entities a 1260H company controls).
     */
    private String fiftyPercentNotCaught(boolean affiliatesRuleOwners, String entityId, boolean aggregate) {
        String size = aggregate ? "50% or more in aggregate" : "a stake of 50% or more";
        if (affiliatesWindow.isEmpty() && affiliatesRuleOwners) {
            return size + ", but the BIS Affiliates Rule does not apply on " + asOf + " [" + affiliatesWindowCitation()
                    + "], so " + entityId + " is not an affiliate that day"
                    + config.affiliatesSchedule().nextInForce(asOf).map(d -> "; the rule applies again from " + d + ", when "
                            + (aggregate ? "these stakes make " : "this stake makes ") + entityId + " an affiliate").orElse("");
        }
        return size + ", but neither the OFAC 50% rule nor the BIS Affiliates Rule extends " + (aggregate
                ? "these owners' listings" : "this owner's listing") + " to " + entityId + " (not blocked, not an affiliate on "
                + asOf + "); check whether the owner's list reaches entities it owns or controls by rules of its own (e.g."
                + " NDAA FY2024 sec. 805 for Section 1260H)";
    }

    /** The citation of the Affiliates Rule's window containing asOf (in force or not). */
    private String affiliatesWindowCitation() {
        return config.affiliatesSchedule().windowAt(asOf).map(RuleWindow::citation).orElse("outside every window");
    }

    private String describe(int u) {
        List<String> parts = new ArrayList<>();
        for (Listing l : listings.getOrDefault(u, List.of())) {
            parts.add(l.listId() + (l.designationId() == null ? "" : " " + l.designationId()));
        }
        if (blocked[u] && !listedBlocking[u]) {
            parts.add("blocked by the 50 Percent Rule");
        }
        if (aff[u] && !listedQualifying[u]) {
            parts.add("affiliate under Supp. 8 to part 744");
        }
        return String.join(", ", parts);
    }

    /** Path from a listed party to {@code u}'s owner, then the stake into the entity. */
    private OwnershipPath pathThrough(InStake s, String entityId, boolean blockedMode) {
        OwnershipPath head = s.owner >= 0 ? chainTo(s.owner, blockedMode) : new OwnershipPath(List.of(s.ownerId), List.of());
        List<String> nodes = new ArrayList<>(head.nodes());
        List<BigDecimal> pcts = new ArrayList<>(head.percents());
        nodes.add(entityId);
        pcts.add(s.micros < 0 ? null : Percent.fromMicros(s.micros));
        return new OwnershipPath(nodes, pcts);
    }

    /**
     * One derivation chain from a listed party down to {@code u}: at each derived node, the largest
     * known stake from an owner derived EARLIER (lower rank) — ranks strictly fall, so this ends at a
     * listed party and cannot cycle.
     */
    private OwnershipPath chainTo(int u, boolean blockedMode) {
        boolean[] flag = blockedMode ? blocked : aff;
        boolean[] root = blockedMode ? listedBlocking : listedQualifying;
        int[] rank = blockedMode ? bRank : aRank;
        ArrayDeque<String> nodes = new ArrayDeque<>();
        ArrayDeque<BigDecimal> pcts = new ArrayDeque<>();
        nodes.addFirst(ids[u]);
        int cur = u;
        while (flag[cur] && !root[cur]) {
            int best = -1;
            for (int k = 0; k < inDeg[cur]; k++) {
                int e = in[cur][k];
                int w = eOwner[e];
                if (!flag[w] || ePct[e] < 0 || rank[w] >= rank[cur]) {
                    continue;
                }
                if (best < 0 || ePct[e] > ePct[best]
                        || (ePct[e] == ePct[best] && ids[w].compareTo(ids[eOwner[best]]) < 0)) {
                    best = e;
                }
            }
            if (best < 0) {
                break;
            }
            cur = eOwner[best];
            nodes.addFirst(ids[cur]);
            pcts.addFirst(Percent.fromMicros(ePct[best]));
        }
        return new OwnershipPath(new ArrayList<>(nodes), new ArrayList<>(pcts));
    }

    /** Every listed party an affiliate's restrictions come from, walking up through affiliates. */
    private void collectListedRoots(List<InStake> stakes, TreeSet<String> reqs, TreeSet<String> roots) {
        ArrayDeque<Integer> q = new ArrayDeque<>();
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        for (InStake s : stakes) {
            if (s.owner >= 0 && aff[s.owner] && seen.add(s.owner)) {
                q.add(s.owner);
            }
        }
        while (!q.isEmpty()) {
            int u = q.poll();
            if (listedQualifying[u]) {
                for (Listing l : listings.getOrDefault(u, List.of())) {
                    if (OwnershipRules.countsUnderAffiliatesRule(l, asOf, config)) {
                        reqs.add(OwnershipRules.inheritedRequirement(l, config));
                        roots.add(l.listId() + ":" + (l.designationId() == null ? ids[u] : l.designationId()));
                    }
                }
            }
            for (int k = 0; k < inDeg[u]; k++) {
                int w = eOwner[in[u][k]];
                if (aff[w] && seen.add(w)) {
                    q.add(w);
                }
            }
        }
    }

    private static final class IntStack {
        private int[] a;
        private int size;

        IntStack(int cap) {
            a = new int[cap];
        }

        void push(int x) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = x;
        }

        int pop() {
            return a[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
