package chokepoint.designations.application;

import chokepoint.designations.adapter.persistence.DesignationStore;
import chokepoint.designations.adapter.persistence.ListVersionEntity;
import chokepoint.designations.config.ImportConfig;
import chokepoint.designations.domain.DesignationData;
import chokepoint.designations.domain.LicenseReviewPolicy;
import chokepoint.designations.domain.Lists;
import chokepoint.designations.domain.NameKey;
import chokepoint.designations.domain.imports.ImportException;
import chokepoint.designations.domain.imports.ImportFormat;
import chokepoint.designations.domain.imports.ListParsers;
import chokepoint.designations.domain.imports.ListRecord;
import chokepoint.designations.domain.imports.ParsedList;
import chokepoint.designations.domain.matching.IndexedName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Imports an official list file as one new version per list it holds, all in one
 * transaction: entries new to the list are added, changed ones get a new revision from the
 * effective date, entries gone from the file are removed as of that date (history kept).
 * Nothing changes when the file fails to parse, is older than the active version (unless
 * forced), would remove an implausible share of a list (unless forced), or is the same file
 * again. A file holding a list's history (DoD's 1260H list) is one version per edition, oldest
 * first, in the same one transaction ({@link Step}).
 */
@ApplicationScoped
public class ListImporter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ListImporter.class);

    public record ListOutcome(String list, String versionId, LocalDate effectiveOn, int added, int changed, int removed,
                              int unchanged, boolean newVersion) {
    }

    public record Outcome(List<ListOutcome> lists, List<String> warnings) {
        public int added() {
            return lists.stream().mapToInt(ListOutcome::added).sum();
        }

        public int changed() {
            return lists.stream().mapToInt(ListOutcome::changed).sum();
        }

        public int removed() {
            return lists.stream().mapToInt(ListOutcome::removed).sum();
        }

        public int unchanged() {
            return lists.stream().mapToInt(ListOutcome::unchanged).sum();
        }

        /** Each list's newest version (a list's history is several versions of it, oldest first). */
        public List<ListOutcome> newestPerList() {
            Map<String, ListOutcome> newest = new java.util.LinkedHashMap<>();
            for (ListOutcome o : lists) {
                newest.put(o.list(), o);
            }
            return List.copyOf(newest.values());
        }
    }

    /** Import failure with a reason code, the part and line to blame. Nothing was written. */
    public static class ImportRefused extends RuntimeException {
        public final String reason;
        public final String part;
        public final long line;
        public final boolean precondition;

        public ImportRefused(String reason, String part, long line, String message, boolean precondition) {
            super(message, null, false, false);
            this.reason = reason;
            this.part = part;
            this.line = line;
            this.precondition = precondition;
        }
    }

    @Inject
    DesignationStore store;

    @Inject
    EntityManager em;

    @Inject
    ImportConfig config;

    @Inject
    Event<DesignationCommands.ListsChanged> listsChanged;

    @Inject
    ImportReceipts receipts;

    @Inject
    NameIndexService nameIndex;

    /** Parses outside the transaction, then writes everything inside one. */
    public Outcome importFile(ImportFormat format, Map<String, byte[]> parts, LocalDate effectiveOn, String customList,
                              boolean force, String source, Predicate<String> mayWrite) {
        return importFile(format, parts, effectiveOn, customList, force, source, mayWrite, list -> true, "all lists");
    }

    /**
     * As above, but only the lists of the file that {@code include} accepts are imported; the
     * others are left as they are (a warning names them). A configured source uses it so that
     * one list is fed by one source: the SDN list from OFAC's own files, not also from the
     * Consolidated Screening List's copy of it. {@code scope} describes {@code include} in words:
     * it is part of the import receipt's key, so a source whose list selection changed reads its
     * file again.
     */
    public Outcome importFile(ImportFormat format, Map<String, byte[]> parts, LocalDate effectiveOn, String customList,
                              boolean force, String source, Predicate<String> mayWrite, Predicate<String> include,
                              String scope) {
        if (effectiveOn == null) {
            throw new ImportRefused("MISSING_EFFECTIVE_DATE", null, 0, "effectiveOn (the date the file is as of) is required", false);
        }
        String customName = null;
        if (format == ImportFormat.CUSTOM_CSV) {
            if (customList == null || !customList.startsWith("custom:") || Lists.find(customList).isEmpty()) {
                throw new ImportRefused("MISSING_LIST_NAME", null, 0, "CUSTOM_CSV needs list=custom:<name> (lower case, digits, _ . -)", false);
            }
            customName = customList.substring("custom:".length());
        }
        String checksum = checksum(parts);
        String receiptKey = receiptKey(checksum, format, effectiveOn, customList, scope);
        Outcome again = receipts.replay(receiptKey, mayWrite);
        if (again != null) {
            LOG.infof("import %s as of %s: the same file as an earlier import and its lists unchanged since: %d unchanged",
                    format, effectiveOn, again.unchanged());
            return again;
        }
        long tParse = System.nanoTime();
        ParsedList parsed;
        try {
            parsed = ListParsers.parse(format, parts, customName, config.maxBytes());
        } catch (ImportException e) {
            throw new ImportRefused(e.reason().name(), e.part(), e.line(), e.getMessage(), false);
        }
        LOG.infof("import %s: %d records parsed in %d ms", format, parsed.records().size(), (System.nanoTime() - tParse) / 1_000_000);
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<ListRecord> records = parsed.records();
        List<Step> steps = new ArrayList<>();
        if (!parsed.editions().isEmpty()) {
            // a list's history (DoD's 1260H list across its editions): every edition before the file's date becomes a
            // version as of its own date, so a screening as of an earlier date sees the list as it stood then
            ParsedList.Edition current = parsed.editionOn(effectiveOn);
            if (current == null) {
                throw new ImportRefused("NOTHING_IN_FORCE", null, 0, "the file lists nobody as of " + effectiveOn
                        + "; its first entries were listed on " + parsed.editions().get(0).asOf(), false);
            }
            List<LocalDate> later = new ArrayList<>();
            for (ParsedList.Edition e : parsed.editions()) {
                if (e.asOf().isBefore(effectiveOn)) {
                    steps.add(new Step(e.asOf(), byList(e.records(), format, customList), true));
                } else if (e.asOf().isAfter(effectiveOn)) {
                    later.add(e.asOf());
                }
            }
            if (!later.isEmpty()) {
                warnings.add("the file's changes dated after " + effectiveOn + " (" + later + ") are not imported: "
                        + "import it as of the newest of those dates for them");
            }
            records = current.records();
        }
        Map<String, List<ListRecord>> byList = byList(records, format, customList);
        for (java.util.Iterator<Map.Entry<String, List<ListRecord>>> it = byList.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, List<ListRecord>> e = it.next();
            if (!include.test(e.getKey())) {
                warnings.add("list " + e.getKey() + " (" + e.getValue().size() + " entries) skipped: this source does not feed it");
                it.remove();
            }
        }
        if (byList.isEmpty() && !records.isEmpty()) {
            throw new ImportRefused("NO_LIST_SELECTED", null, 0, "none of the lists in the file is one this source feeds", false);
        }
        if (byList.isEmpty()) {
            throw new ImportRefused("EMPTY_FILE", null, 0, "the file holds no entries", false);
        }
        for (String list : byList.keySet()) {
            if (!mayWrite.test(list)) {
                throw new ImportRefused("LIST_NOT_OWNED", null, 0, "the file holds entries of list " + list
                        + ", which the caller's authority does not own", true);
            }
        }
        for (Step step : steps) {
            step.byList().keySet().retainAll(byList.keySet());
        }
        steps.add(new Step(effectiveOn, byList, false));
        long t0 = System.nanoTime();
        Outcome o = write(format, steps, force, source, checksum, warnings, receiptKey);
        LOG.infof("import %s as of %s: %d added, %d changed, %d removed, %d unchanged, written in %d ms", format, effectiveOn,
                o.added(), o.changed(), o.removed(), o.unchanged(), (System.nanoTime() - t0) / 1_000_000);
        return o;
    }

    /**
     * The lists of a file as of one date. A file is one step; a list's history is one step per earlier edition
     * ({@code history}: skipped for a list already at a version as of that date or later) and the file's own last.
     */
    record Step(LocalDate effectiveOn, Map<String, List<ListRecord>> byList, boolean history) {
    }

    private static Map<String, List<ListRecord>> byList(List<ListRecord> records, ImportFormat format, String customList) {
        Map<String, List<ListRecord>> byList = new TreeMap<>();
        for (ListRecord r : records) {
            String list = customList != null && format == ImportFormat.CUSTOM_CSV ? customList : r.list();
            byList.computeIfAbsent(list, k -> new ArrayList<>()).add(r);
        }
        return byList;
    }

    @Transactional
    @TransactionConfiguration(timeout = 900)
    Outcome write(ImportFormat format, List<Step> steps, boolean force, String source, String checksum, List<String> warnings,
                  String receiptKey) {
        // JDBC batches on the very connection (and transaction) Hibernate uses, so the list
        // version, the designations and their revisions commit or roll back together.
        NameIndexService.PreparedLists[] prepared = {null};
        List<ListOutcome> outcomes = new ArrayList<>();
        try {
            em.unwrap(org.hibernate.Session.class).doWork(c -> {
                boolean[] forceNeeded = {false};
                analyzeIfStale(c);
                List<ListOutcome> out = List.of();
                for (Step step : steps) {
                    LocalDate effectiveOn = step.effectiveOn();
                    // every list is locked and compared first (a refusal writes nothing), then written
                    List<Plan> plans = new ArrayList<>();
                    for (Map.Entry<String, List<ListRecord>> e : step.byList().entrySet()) {
                        Plan p = plan(c, e.getKey(), e.getValue(), effectiveOn, force, forceNeeded, step.history());
                        if (p != null) {
                            plans.add(p);
                        }
                    }
                    allocateRevisionIds(c, plans);
                    if (steps.size() == 1) {
                        // the index entries of these rows are prepared on another thread while the rows are written;
                        // they are published only after the commit (NameIndexService.onLists). A history's later
                        // editions close revisions its earlier ones write: the index reads them all back instead.
                        prepared[0] = prepareIndex(plans, effectiveOn);
                    }
                    out = new ArrayList<>();
                    for (Plan p : plans) {
                        out.add(p.unchangedOutcome != null ? p.unchangedOutcome : writeList(c, p, format, effectiveOn, source, checksum));
                    }
                    for (ListOutcome o : out) {
                        // the file's own date adding nothing to the edition just written is not another outcome
                        boolean reported = outcomes.stream().anyMatch(w -> w.versionId().equals(o.versionId()));
                        if (!reported && (o.newVersion() || !step.history())) {
                            outcomes.add(o);
                        }
                    }
                }
                // after every list is written: appending to the change log holds its lock until the commit
                // (DesignationStore.recordChange), and writing the next list under it could wait for an agency's
                // write that is itself waiting for that lock
                for (ListOutcome o : outcomes) {
                    if (o.newVersion()) {
                        store.recordChange("LIST_VERSION", null, o.list(), o.versionId(), o.effectiveOn());
                    }
                }
                if (!forceNeeded[0]) {
                    // an older snapshot that only went through because it was forced would be refused again without
                    // force: no receipt may answer for it (a forced removal may: the same file again removes nothing)
                    em.flush();
                    receipts.record(c, receiptKey, checksum, format, steps.get(steps.size() - 1).effectiveOn(), out, warnings);
                }
            });
        } catch (RuntimeException e) {
            if (prepared[0] != null) {
                prepared[0].cancel();
            }
            throw e;
        }
        Map<String, String> versions = new TreeMap<>();
        List<String> earlier = new ArrayList<>();
        for (ListOutcome o : outcomes) {
            if (o.newVersion()) {
                String before = versions.put(o.list(), o.versionId());
                if (before != null) {
                    earlier.add(before);
                }
            }
        }
        if (!versions.isEmpty()) {
            listsChanged.fire(new DesignationCommands.ListsChanged(versions, prepared[0], earlier));
        } else if (prepared[0] != null) {
            prepared[0].cancel();
        }
        return new Outcome(outcomes, warnings);
    }

    private record Current(String designationId, long revisionId, int revision, String fingerprint, boolean removed,
                           LocalDate effectiveFrom) {
    }

    /**
     * Fresh planner statistics for the tables an import compares against, when they changed much
     * since last analyzed. Autovacuum gets there within a minute or so; an import right after a
     * large one otherwise plans its comparison without statistics, and one such plan (a CSL import
     * followed 3 s later by OFAC's set) took 44 s instead of 1 s. ANALYZE runs inside the import's
     * transaction (allowed there) and costs about 0.4 s for the full lists.
     */
    private static void analyzeIfStale(Connection c) throws SQLException {
        boolean stale;
        try (PreparedStatement q = c.prepareStatement("select coalesce(sum(n_mod_since_analyze), 0) > 1000 + 0.1 * coalesce(sum(n_live_tup), 0) "
                + "from pg_stat_user_tables where relname in ('designation', 'designation_revision')");
             ResultSet rs = q.executeQuery()) {
            stale = rs.next() && rs.getBoolean(1);
        }
        if (stale) {
            long t0 = System.nanoTime();
            java.sql.Savepoint before = c.setSavepoint();
            try (Statement st = c.createStatement()) {
                st.execute("analyze designation, designation_revision");
                c.releaseSavepoint(before);
                LOG.infof("planner statistics of the lists were stale: analyzed in %d ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (SQLException e) {
                c.rollback(before); // e.g. a database user that may not analyze: the import goes on without it
                LOG.warnf("could not refresh the planner statistics of the lists (%s); importing without them", e.getMessage());
            }
        }
    }

    /** What importing one list's records will write, found before anything is written. */
    private static final class Plan {
        final String list;
        final List<Object[]> newDesignations = new ArrayList<>();
        /** New revisions in force (added, relisted, amended); the removals are read and appended when written. */
        final List<RevisionRow> newRevisions = new ArrayList<>();
        final List<Long> closeRevisions = new ArrayList<>();
        final List<Long> removedRevisions = new ArrayList<>();
        /** The open revisions in force that this import closes (amended or removed entries): their index entries end. */
        final List<Current> closedInForce = new ArrayList<>();
        int added;
        int changed;
        int removed;
        int unchanged;
        /** Ids of the new revisions, then of the removals: allocated before anything is written. */
        long[] ids;
        /** Set when the list does not change (no new version). */
        ListOutcome unchangedOutcome;

        Plan(String list) {
            this.list = list;
        }
    }

    /** Null when {@code history} and the list is already at a snapshot as of {@code effectiveOn} or later. */
    private Plan plan(Connection c, String list, List<ListRecord> records, LocalDate effectiveOn, boolean force,
                      boolean[] forceNeeded, boolean history) throws SQLException {
        Plan p = new Plan(list);
        store.ensureList(list);
        em.flush();
        try (PreparedStatement lock = c.prepareStatement("select id from list_def where id = ? for update")) {
            lock.setString(1, list);
            lock.executeQuery().close();
        }
        // the newest snapshot imported (agency writes are not snapshots: a removal scheduled for a later date must
        // not make today's official file look older)
        ListVersionEntity latest = store.listVersions(list, null, Integer.MAX_VALUE).stream()
                .filter(v -> v.active && !"AGENCY_WRITE".equals(v.format))
                .max(java.util.Comparator.comparing((ListVersionEntity v) -> v.effectiveOn).thenComparing(v -> v.loadedAt))
                .orElse(null);
        if (history && latest != null && !effectiveOn.isAfter(latest.effectiveOn)) {
            return null; // the list's history up to its newest snapshot is what was imported then
        }
        if (latest != null && effectiveOn.isBefore(latest.effectiveOn)) {
            forceNeeded[0] = true;
            if (!force) {
                throw new ImportRefused("OLDER_SNAPSHOT", null, 0, "list " + list + " is already at a version as of " + latest.effectiveOn
                        + "; this file is as of " + effectiveOn + " (import with force=true to load it anyway)", true);
            }
        }

        long tDiff = System.nanoTime();
        Map<String, Current> current = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select d.id, d.source_record_id, r.id, r.revision, r.fingerprint, r.removed, "
                + "r.effective_from from designation d join designation_revision r on r.designation_id = d.id and r.effective_to is null "
                + "where d.list_id = ? and d.source_record_id is not null")) {
            q.setString(1, list);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getString(2), new Current(rs.getString(1), rs.getLong(3), rs.getInt(4), rs.getString(5),
                            rs.getBoolean(6), rs.getDate(7).toLocalDate()));
                }
            }
        }

        Map<String, Boolean> seen = new HashMap<>();
        for (ListRecord r : records) {
            if (seen.put(r.sourceRecordId(), Boolean.TRUE) != null) {
                continue; // a duplicate key in the file: the parser warned; the first one wins
            }
            DesignationData data = toData(r);
            String json = store.toJson(data);
            String fp = DesignationStore.fingerprint(json);
            Current cur = current.get(r.sourceRecordId());
            if (cur == null) {
                String id = "dsg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                p.newDesignations.add(new Object[] {id, list, r.sourceRecordId()});
                p.newRevisions.add(new RevisionRow(id, 1, effectiveOn, false, null, data, json, fp));
                p.added++;
            } else if (cur.removed() && cur.effectiveFrom().isAfter(effectiveOn)) {
                p.unchanged++; // a removal scheduled after this file's date: the file does not speak to it
            } else if (cur.removed()) {
                p.closeRevisions.add(cur.revisionId());
                p.newRevisions.add(new RevisionRow(cur.designationId(), cur.revision() + 1, later(effectiveOn, cur.effectiveFrom()),
                        false, "relisted by import", data, json, fp));
                p.added++;
            } else if (cur.fingerprint().equals(fp)) {
                p.unchanged++;
            } else {
                p.closeRevisions.add(cur.revisionId());
                p.closedInForce.add(cur);
                p.newRevisions.add(new RevisionRow(cur.designationId(), cur.revision() + 1, later(effectiveOn, cur.effectiveFrom()),
                        false, "amended by import", data, json, fp));
                p.changed++;
            }
        }
        int open = 0;
        for (Map.Entry<String, Current> e : current.entrySet()) {
            Current cur = e.getValue();
            if (cur.removed()) {
                continue;
            }
            open++;
            if (!seen.containsKey(e.getKey())) {
                p.closeRevisions.add(cur.revisionId());
                p.removedRevisions.add(cur.revisionId());
                p.closedInForce.add(cur);
                p.removed++;
            }
        }
        if (open > 0 && p.removed > config.maxRemovalShare() * open) {
            // no forceNeeded here: the same file again removes nothing and is not refused, so a receipt may answer it
            if (!force) {
                throw new ImportRefused("IMPLAUSIBLE_REMOVAL", null, 0, "this file would remove " + p.removed + " of the " + open
                        + " entries of list " + list + " (more than " + Math.round(config.maxRemovalShare() * 100)
                        + "%); a truncated or wrong file is the likely cause (import with force=true if it is right)", true);
            }
        }
        if (p.added == 0 && p.changed == 0 && p.removed == 0) {
            if (latest != null) {
                latest.checkedAt = Instant.now();
            }
            p.unchangedOutcome = new ListOutcome(list, latest == null ? "" : latest.id, latest == null ? effectiveOn : latest.effectiveOn,
                    0, 0, 0, p.unchanged, false);
        }
        LOG.infof("list %s: diff of %d records in %d ms", list, records.size(), (System.nanoTime() - tDiff) / 1_000_000);
        return p;
    }

    /** Ids for every revision the plans write, in one round trip (COPY then names them, and the index knows them before the commit). */
    private static void allocateRevisionIds(Connection c, List<Plan> plans) throws SQLException {
        int n = 0;
        for (Plan p : plans) {
            if (p.unchangedOutcome == null) {
                n += p.newRevisions.size() + p.removedRevisions.size();
            }
        }
        if (n == 0) {
            return;
        }
        long[] ids = new long[n];
        int got = 0;
        try (PreparedStatement q = c.prepareStatement(
                "select nextval(pg_get_serial_sequence('designation_revision', 'id')) from generate_series(1, ?)")) {
            q.setInt(1, n);
            q.setFetchSize(10_000);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids[got++] = rs.getLong(1);
                }
            }
        }
        if (got != n) {
            throw new SQLException("allocated " + got + " of " + n + " revision ids");
        }
        int at = 0;
        for (Plan p : plans) {
            if (p.unchangedOutcome == null) {
                int k = p.newRevisions.size() + p.removedRevisions.size();
                p.ids = java.util.Arrays.copyOfRange(ids, at, at + k);
                at += k;
            }
        }
    }

    /**
     * Starts preparing the index change of these plans: the new revisions in force, and the
     * closed ones with their end date (their names from the index itself: a revision's names
     * never change). Null (the index reads the versions back after the commit instead) when a
     * closed revision is not in this replica's index yet.
     */
    private NameIndexService.PreparedLists prepareIndex(List<Plan> plans, LocalDate effectiveOn) {
        List<IndexedName> names = new ArrayList<>();
        for (Plan p : plans) {
            if (p.unchangedOutcome != null) {
                continue;
            }
            for (int i = 0; i < p.newRevisions.size(); i++) {
                RevisionRow r = p.newRevisions.get(i);
                names.add(NameIndexService.indexedName(p.ids[i], r.designationId(), p.list, r.data(), r.from(), null));
            }
            for (Current cur : p.closedInForce) {
                IndexedName was = nameIndex.indexed(cur.revisionId());
                if (was == null || !was.designationId().equals(cur.designationId())) {
                    LOG.infof("list %s: revision %d is not in the name index yet; the index reads this import back after the commit",
                            p.list, cur.revisionId());
                    return null;
                }
                names.add(was.withEffectiveTo(later(effectiveOn, cur.effectiveFrom())));
            }
        }
        return names.isEmpty() ? null : nameIndex.prepare(names);
    }

    private ListOutcome writeList(Connection c, Plan p, ImportFormat format, LocalDate effectiveOn, String source,
                                  String checksum) throws SQLException {
        String list = p.list;
        long tWrite = System.nanoTime();
        ListVersionEntity version = store.newVersion(list, effectiveOn, format.name(), checksum, source);
        version.added = p.added;
        version.changed = p.changed;
        version.removed = p.removed;
        version.unchanged = p.unchanged;
        em.flush();

        List<RevisionRow> newRevisions = new ArrayList<>(p.newRevisions);
        List<Long> removedRevisions = p.removedRevisions;
        if (!removedRevisions.isEmpty()) {
            // one query for all of them (a full list replaced by another source removes thousands)
            try (PreparedStatement q = c.prepareStatement("select r.designation_id, r.revision, r.data::text, r.fingerprint, r.effective_from "
                    + "from designation_revision r where r.id = any(?)")) {
                q.setArray(1, c.createArrayOf("bigint", removedRevisions.toArray()));
                q.setFetchSize(2000);
                int read = 0;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        DesignationData data = store.fromJson(rs.getString(3));
                        newRevisions.add(new RevisionRow(rs.getString(1), rs.getInt(2) + 1,
                                later(effectiveOn, rs.getDate(5).toLocalDate()), true, "not in the list as of " + effectiveOn,
                                data, rs.getString(3), rs.getString(4)));
                        read++;
                    }
                }
                if (read != removedRevisions.size()) {
                    throw new SQLException("read " + read + " of the " + removedRevisions.size() + " revisions to remove from list " + list);
                }
            }
        }
        List<Long> closeRevisions = p.closeRevisions;
        if (!closeRevisions.isEmpty()) {
            try (PreparedStatement close = c.prepareStatement(
                    "update designation_revision set effective_to = greatest(?, effective_from) where id = any(?) and effective_to is null")) {
                close.setDate(1, Date.valueOf(effectiveOn));
                close.setArray(2, c.createArrayOf("bigint", closeRevisions.toArray()));
                int closed = close.executeUpdate();
                if (closed != closeRevisions.size()) {
                    // the list lock keeps other imports out, not an agency's amendment of one entry: rather than
                    // write over it, give up whole (the transaction rolls back) and let the caller try again
                    throw new ImportRefused("CONCURRENT_WRITE", null, 0, "list " + list + " was changed by another write while "
                            + "this file was compared with it (" + (closeRevisions.size() - closed) + " entries); nothing was "
                            + "imported, send the file again", true);
                }
            }
        }
        // COPY rather than INSERT batches: one stream per table, several times faster for a full list
        String now = Instant.now().toString();
        CopyRows designations = new CopyRows();
        for (Object[] d : p.newDesignations) {
            designations.row((String) d[0], (String) d[1], (String) d[2], now);
        }
        designations.copyInto(c, "designation (id, list_id, source_record_id, created_at)");
        CopyRows revisions = new CopyRows();
        for (int i = 0; i < newRevisions.size(); i++) {
            RevisionRow r = newRevisions.get(i);
            revisions.row(Long.toString(p.ids[i]), r.designationId(), Integer.toString(r.revision()), r.from().toString(),
                    r.removed() ? "t" : "f", r.reason(), r.data().name(), NameKey.searchText(r.data().allNames()),
                    "," + String.join(",", r.data().countries()) + ",", "," + String.join(",", r.data().programs()) + ",",
                    r.json(), r.fingerprint(), version.id, now);
        }
        revisions.copyInto(c, "designation_revision (id, designation_id, revision, effective_from, removed, removal_reason, "
                + "primary_name, search_text, countries, programs, data, fingerprint, list_version_id, recorded_at)");
        LOG.infof("list %s: %d revisions written in %d ms", list, newRevisions.size(), (System.nanoTime() - tWrite) / 1_000_000);
        return new ListOutcome(list, version.id, effectiveOn, p.added, p.changed, p.removed, p.unchanged, true);
    }

    /** Rows for PostgreSQL's COPY ... FROM STDIN in CSV form: every value quoted, null as an unquoted empty field. */
    static final class CopyRows {
        private final StringBuilder csv = new StringBuilder(1 << 16);
        private int rows;

        void row(String... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                String v = values[i];
                if (v != null) {
                    csv.append('"');
                    for (int k = 0; k < v.length(); k++) {
                        char ch = v.charAt(k);
                        if (ch == '"') {
                            csv.append('"');
                        }
                        csv.append(ch);
                    }
                    csv.append('"');
                }
            }
            csv.append('\n');
            rows++;
        }

        void copyInto(Connection c, String tableAndColumns) throws SQLException {
            if (rows == 0) {
                return;
            }
            try {
                long n = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)", new java.io.StringReader(csv.toString()));
                if (n != rows) {
                    throw new SQLException("COPY wrote " + n + " of " + rows + " rows into " + tableAndColumns);
                }
            } catch (java.io.IOException e) {
                throw new SQLException("COPY into " + tableAndColumns + " failed", e);
            }
        }
    }

    private record RevisionRow(String designationId, int revision, LocalDate from, boolean removed, String reason,
                               DesignationData data, String json, String fingerprint) {
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static DesignationData toData(ListRecord r) {
        String remarks = r.remarks();
        if (!r.parentNames().isEmpty()) {
            String parents = "Parent: " + String.join("; ", r.parentNames());
            remarks = remarks == null || remarks.isBlank() ? parents : remarks + "\n" + parents;
        }
        return new DesignationData(r.kind(), r.name(), r.aliases(), r.addresses(), r.countries(), r.identifiers(), r.programs(),
                r.licenseRequirement(), r.licenseReviewPolicyText(), LicenseReviewPolicy.fromText(r.licenseReviewPolicyText()),
                r.federalRegisterCitations(), r.footnotes(), remarks, r.listedOn());
    }

    /** The receipt of an import: the same file, format, date and list scope give the same key. */
    static String receiptKey(String checksum, ImportFormat format, LocalDate effectiveOn, String customList, String scope) {
        MessageDigest md = sha256();
        md.update(String.join("\u0000", checksum, format.name(), effectiveOn.toString(), String.valueOf(customList),
                String.valueOf(scope)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    static String checksum(Map<String, byte[]> parts) {
        MessageDigest md = sha256();
        for (Map.Entry<String, byte[]> e : new TreeMap<>(parts).entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
