package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.domain.DesignationData;
import chokepoint.designations.domain.matching.IndexedName;
import chokepoint.designations.domain.matching.MatchConfig;
import chokepoint.designations.domain.matching.NameIndex;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the in-memory {@link NameIndex} equal to the committed designations: every revision
 * that was ever in force, with its dates, so a query "as of" any day sees that day's names.
 * It loads everything at start, applies this replica's own writes right after they commit,
 * and follows the change log for writes made by other replicas. Queries never wait for it.
 */
@ApplicationScoped
public class NameIndexService {

    private static final Logger LOG = Logger.getLogger(NameIndexService.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DesignationStore store;

    @ConfigProperty(name = "chokepoint.matching.match-threshold", defaultValue = "-1")
    double matchThreshold;

    @ConfigProperty(name = "chokepoint.matching.possible-threshold", defaultValue = "-1")
    double possibleThreshold;

    private volatile NameIndex index = new NameIndex();
    /** Index keys per designation, to drop a designation's old revisions on reload. */
    private final Map<String, Set<String>> keysByDesignation = new ConcurrentHashMap<>();
    private volatile long lastSequence;
    /**
     * The list versions the index holds (this replica's own imports and those it followed), so the follower skips
     * them: every version, not one per list, as an import of a list's history writes several at once.
     */
    private final Set<String> appliedVersions = ConcurrentHashMap.newKeySet();
    private volatile boolean ready;
    /** This replica's changes between "about to commit" and "in the index" (see {@link ChangeGate}). */
    private final ChangeGate gate = new ChangeGate();


    public NameIndex index() {
        return index;
    }

    ChangeGate gate() {
        return gate;
    }

    public boolean ready() {
        return ready;
    }

    void onStart(@Observes StartupEvent e) {
        MatchConfig d = MatchConfig.defaults();
        MatchConfig config = new MatchConfig(matchThreshold >= 0 ? matchThreshold : d.matchThreshold(),
                possibleThreshold >= 0 ? possibleThreshold : d.possibleThreshold(), d.maxCandidates(), d.maxNameLength());
        NameIndex fresh = new NameIndex(config);
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            lastSequence = maxSequence(c);
            List<IndexedName> all = load(c, null);
            fresh.bulkLoad(all);
            for (IndexedName n : all) {
                keysByDesignation.computeIfAbsent(n.designationId(), k -> ConcurrentHashMap.newKeySet()).add(n.entryKey());
            }
            index = fresh;
            ready = true;
            LOG.infof("name index: %d designation revisions loaded in %d ms", all.size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot load the name index", ex);
        }
    }

    // A change event is fired inside its transaction, at its end: the gate closes then (IN_PROGRESS) and
    // opens once the index holds the committed change (AFTER_SUCCESS) or the transaction rolled back.

    void beginDesignation(@Observes DesignationCommands.Changed e) {
        beginIfInTransaction(e);
    }

    void onDesignation(@Observes(during = TransactionPhase.AFTER_SUCCESS) DesignationCommands.Changed e) {
        try {
            reloadDesignations(Set.of(e.designationId()));
        } finally {
            gate.end(e);
        }
    }

    void failedDesignation(@Observes(during = TransactionPhase.AFTER_FAILURE) DesignationCommands.Changed e) {
        gate.end(e);
    }

    void beginLists(@Observes DesignationCommands.ListsChanged e) {
        beginIfInTransaction(e);
    }

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * Outside a transaction the AFTER_SUCCESS/AFTER_FAILURE observers run at once, in no set order
     * relative to this one: the gate is only closed for a change that will commit or roll back later.
     */
    private void beginIfInTransaction(Object change) {
        if (transactions.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
            gate.begin(change);
        }
    }

    /** An import is answered once the index holds what it committed, so the next screening sees it. */
    void onLists(@Observes(during = TransactionPhase.AFTER_SUCCESS) DesignationCommands.ListsChanged e) {
        try {
            if (e.prepared() != null) {
                applyPrepared(e.versions(), e.prepared());
            } else {
                applyVersions(e.versions(), e.earlier());
            }
        } finally {
            gate.end(e);
        }
    }

    void failedLists(@Observes(during = TransactionPhase.AFTER_FAILURE) DesignationCommands.ListsChanged e) {
        try {
            if (e.prepared() != null) {
                e.prepared().cancel();
            }
        } finally {
            gate.end(e);
        }
    }

    /** One thread prepares imports' index changes while their rows are written (the importer waits on the database meanwhile). */
    private final java.util.concurrent.ExecutorService preparer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "name-index-prepare");
        t.setDaemon(true);
        return t;
    });

    /**
     * An import's change of the index, prepared from the rows it is writing, while it writes them:
     * the names of the revisions it adds and of the revisions it closes (with their new end date).
     * Nothing of it is visible before {@link #applyPrepared} publishes it, after the commit.
     */
    public static final class PreparedLists {
        final List<IndexedName> names;
        final java.util.concurrent.Future<NameIndex.Pending> pending;

        private PreparedLists(List<IndexedName> names, java.util.concurrent.Future<NameIndex.Pending> pending) {
            this.names = names;
            this.pending = pending;
        }

        /** The import that prepared this rolled back: the preparation is not needed. */
        void cancel() {
            pending.cancel(false);
        }
    }

    /** Starts preparing these index entries (revisions being written or closed by an import) on another thread. */
    public PreparedLists prepare(List<IndexedName> names) {
        NameIndex target = index;
        return new PreparedLists(names, preparer.submit(() -> target.prepare(names)));
    }

    /** The indexed entry of a revision, or null when the index does not hold it (a removal, or not followed yet). */
    public IndexedName indexed(long revisionId) {
        return index.entry(entryKey(revisionId));
    }

    static String entryKey(long revisionId) {
        return "rev:" + revisionId;
    }

    /** The index entry of a revision in force at some time (not a removal), as {@link #load} reads it. */
    public static IndexedName indexedName(long revisionId, String designationId, String list, DesignationData data,
                                          java.time.LocalDate from, java.time.LocalDate to) {
        List<Boolean> weak = new ArrayList<>(data.aliases().size() + 1);
        weak.add(false);
        data.aliases().forEach(a -> weak.add(a.weak()));
        return new IndexedName(entryKey(revisionId), designationId, list, data.kind(), data.name(), data.allNames(), weak,
                data.countries(), data.identifiers(), from, to);
    }

    /**
     * Publishes an import's prepared change once its list versions committed (the same entries
     * {@link #applyVersions} would read back from the database, without reading them). Falls back
     * to reading them when the preparation failed.
     */
    synchronized boolean applyPrepared(Map<String, String> requested, PreparedLists prepared) {
        Map<String, String> versions = unapplied(requested);
        if (versions.isEmpty()) {
            return true;
        }
        long t0 = System.nanoTime();
        NameIndex.Pending p;
        try {
            p = prepared.pending.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return applyVersions(requested);
        } catch (java.util.concurrent.ExecutionException ex) {
            LOG.error("preparing the index change of list versions " + versions + " failed; reading them instead", ex.getCause());
            return applyVersions(requested);
        }
        long t1 = System.nanoTime();
        index.publish(p);
        markApplied(prepared.names, versions);
        LOG.infof("name index: list versions %s applied (%d revisions written or closed by them, prepared during the write; "
                + "waited %d ms for it, published in %d ms)", versions, p.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return true;
    }

    /** Writes of other replicas reach this one through the change log. */
    @Scheduled(every = "${chokepoint.matching.follow-interval:2s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void follow() {
        followLock.lock();
        try {
            followLocked();
        } finally {
            followLock.unlock();
        }
    }

    /** One follower at a time: the schedule and screenings that need the index caught up. */
    private final java.util.concurrent.locks.ReentrantLock followLock = new java.util.concurrent.locks.ReentrantLock();

    /**
     * Whether the index holds every change committed so far (the change log's newest sequence, read
     * now), following the log if it does not (waiting at most {@code maxWait} for a follower already
     * running). A screening calls this after reading list versions: another replica's import is in
     * PostgreSQL at once, but reaches this index only through the log, and a screening must not
     * record that import's versions while matching the old names. False: the index could not catch up.
     */
    boolean catchUpWithLog(java.time.Duration maxWait) {
        long sequence;
        try (Connection c = dataSource.getConnection()) {
            sequence = maxSequence(c);
        } catch (SQLException ex) {
            LOG.warn("reading the change log failed", ex);
            return false;
        }
        if (lastSequence >= sequence) {
            return true;
        }
        try {
            if (!followLock.tryLock(maxWait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            for (int round = 0; round < 100 && lastSequence < sequence; round++) {
                if (!followLocked()) {
                    break;
                }
            }
            return lastSequence >= sequence;
        } finally {
            followLock.unlock();
        }
    }

    /** Reads up to 1,000 events after the last one applied and applies them; false when that failed. */
    private boolean followLocked() {
        if (!ready) {
            return false;
        }
        Set<String> designations = new HashSet<>();
        Map<String, String> lists = new java.util.HashMap<>();
        // every version read, not only each list's newest: an entry an earlier version added and a later one left as
        // it was has its revision in the earlier version only
        List<String> versionsRead = new ArrayList<>();
        long last = lastSequence;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select sequence, kind, designation_id, list_id, list_version_id from change_event "
                     + "where sequence > ? order by sequence limit 1000")) {
            q.setLong(1, lastSequence);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    if ("LIST_VERSION".equals(rs.getString(2))) {
                        if (!appliedVersions.contains(rs.getString(5))) {
                            lists.put(rs.getString(4), rs.getString(5));
                            versionsRead.add(rs.getString(5));
                        }
                    } else if (rs.getString(3) != null) {
                        designations.add(rs.getString(3));
                    }
                }
            }
        } catch (SQLException ex) {
            LOG.warn("following the change log failed; will retry", ex);
            return false;
        }
        if (lists.isEmpty() && designations.isEmpty()) {
            lastSequence = last; // only this replica's own changes, already in the index
            return true;
        }
        // The index changes now: screenings that overlap this redo their work (see ChangeGate), so none
        // pairs list versions read before with names matched after, or the reverse.
        Object change = new Object();
        gate.begin(change);
        try {
            // reloads are idempotent: re-applying this replica's own writes changes nothing
            if (applyVersions(lists, versionsRead) && reloadDesignations(designations)) {
                lastSequence = last; // else the same events are read again on the next round
                return true;
            }
            return false;
        } finally {
            gate.end(change);
        }
    }

    /** Reloads these designations (all their revisions) in one published index change. */
    synchronized boolean reloadDesignations(Set<String> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        List<IndexedName> names;
        try (Connection c = dataSource.getConnection()) {
            names = load(c, "r.designation_id = any(?)", c.createArrayOf("text", ids.toArray()));
        } catch (SQLException ex) {
            LOG.error("reloading designations failed; the follower will retry", ex);
            return false;
        }
        Map<String, Set<String>> now = new java.util.HashMap<>();
        for (String id : ids) {
            now.put(id, ConcurrentHashMap.newKeySet()); // a designation with no names left drops all its keys
        }
        for (IndexedName n : names) {
            now.get(n.designationId()).add(n.entryKey());
        }
        publish(names, now);
        return true;
    }

    /**
     * Applies committed list versions (list id -> version id) in one load and one published index
     * change: the revisions each version wrote and the revisions they closed (the only rows an
     * import changes: revisions are never deleted, a closed one only gains its end date). Entries
     * whose names did not change keep their normalization.
     */
    synchronized boolean applyVersions(Map<String, String> requested) {
        return applyVersions(requested, List.of());
    }

    /**
     * As {@link #applyVersions(Map)}, also loading {@code earlier}: versions of these lists committed before the
     * requested ones (the change log can hold several versions of one list since the last round), whose entries the
     * requested versions did not rewrite.
     */
    synchronized boolean applyVersions(Map<String, String> requested, List<String> earlier) {
        Map<String, String> versions = unapplied(requested);
        if (versions.isEmpty()) {
            return true;
        }
        long t0 = System.nanoTime();
        List<IndexedName> written;
        Set<String> load = new java.util.LinkedHashSet<>(earlier);
        load.addAll(versions.values());
        try (Connection c = dataSource.getConnection()) {
            java.sql.Array ids = c.createArrayOf("text", load.toArray());
            written = load(c, "(r.list_version_id = any(?) or (r.designation_id, r.revision) in (select n.designation_id, "
                    + "n.revision - 1 from designation_revision n where n.list_version_id = any(?)))", ids, ids);
        } catch (SQLException ex) {
            LOG.error("reloading list versions " + versions + " failed; the follower will retry", ex);
            return false; // not marked applied: the follower applies these versions again
        }
        long t1 = System.nanoTime();
        // revisions a version wrote or closed only add or update keys: no key of these designations goes away
        publish(written, Map.of());
        markApplied(written, versions);
        appliedVersions.addAll(earlier); // the requested ones: markApplied
        LOG.infof("name index: list versions %s applied (%d revisions written or closed by them, read in %d ms, indexed in %d ms)",
                versions, written.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return true;
    }

    /** The versions of these requested (list id -> version id) that the index does not hold yet. */
    private Map<String, String> unapplied(Map<String, String> requested) {
        Map<String, String> versions = new java.util.TreeMap<>(requested);
        versions.entrySet().removeIf(e -> appliedVersions.contains(e.getValue()));
        return versions;
    }

    /** After a list version's entries were published: their keys belong to their designations, the versions are applied. */
    private void markApplied(List<IndexedName> names, Map<String, String> versions) {
        for (IndexedName n : names) {
            keysByDesignation.computeIfAbsent(n.designationId(), k -> ConcurrentHashMap.newKeySet()).add(n.entryKey());
        }
        appliedVersions.addAll(versions.values());
    }

    /** One published index change: these names in, the other keys of these designations out. */
    private void publish(List<IndexedName> names, Map<String, Set<String>> now) {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : now.entrySet()) {
            for (String k : keysByDesignation.getOrDefault(e.getKey(), Set.of())) {
                if (!e.getValue().contains(k)) {
                    stale.add(k);
                }
            }
        }
        index.update(names, stale); // one published change, not one per entry
        keysByDesignation.putAll(now);
    }

    /** Every committed revision in force at some time, read afresh (what a restart would index; for checks). */
    public List<IndexedName> loadCommitted() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return load(c, null);
        }
    }

    /** Revisions in force at some time (not removals), optionally only those meeting a condition on r and d. */
    private List<IndexedName> load(Connection c, String condition, Object... values) throws SQLException {
        List<IndexedName> out = new ArrayList<>();
        String sql = "select r.id, r.designation_id, d.list_id, r.effective_from, r.effective_to, r.data::text "
                + "from designation_revision r join designation d on d.id = r.designation_id where not r.removed"
                + (condition == null ? "" : " and " + condition);
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; condition != null && i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            q.setFetchSize(2000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    DesignationData data = store.fromJson(rs.getString(6));
                    java.sql.Date to = rs.getDate(5);
                    out.add(indexedName(rs.getLong(1), rs.getString(2), rs.getString(3), data, rs.getDate(4).toLocalDate(),
                            to == null ? null : to.toLocalDate()));
                }
            }
        }
        return out;
    }

    private static long maxSequence(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select coalesce(max(sequence), 0) from change_event");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
