package chokepoint.designations.adapter.persistence;

import chokepoint.designations.domain.Designation;
import chokepoint.designations.domain.DesignationData;
import chokepoint.designations.domain.Lists;
import chokepoint.designations.domain.NameKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes designations and their revisions. Callers own the transaction; every
 * method here assumes one is open for writes.
 */
@ApplicationScoped
public class DesignationStore {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    // ---- lists and versions ------------------------------------------------------------

    /**
     * Defines the list if it is not yet. Two writers defining the same new list at once (two imports of the same
     * file into an empty suite) must not fail one of them with a duplicate key: the second insert waits for the
     * first writer's transaction and then does nothing.
     */
    public void ensureList(String listId) {
        if (em.find(ListDefEntity.class, listId) == null) {
            Lists.ListInfo info = Lists.find(listId).orElseGet(() -> new Lists.ListInfo(listId, "OTHER", listId));
            em.createNativeQuery("insert into list_def (id, authority, name, created_at) values (?1, ?2, ?3, ?4) "
                            + "on conflict (id) do nothing")
                    .setParameter(1, listId)
                    .setParameter(2, info.authority())
                    .setParameter(3, info.name())
                    .setParameter(4, java.sql.Timestamp.from(Instant.now()))
                    .executeUpdate();
        }
    }

    public ListVersionEntity newVersion(String listId, LocalDate effectiveOn, String format, String checksum, String source) {
        ensureList(listId);
        ListVersionEntity v = new ListVersionEntity();
        v.id = "lv_" + listId.toLowerCase().replaceAll("[^a-z0-9]", "") + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        v.listId = listId;
        v.effectiveOn = effectiveOn;
        v.loadedAt = Instant.now();
        v.format = format;
        v.checksum = checksum;
        v.source = source;
        v.active = true;
        v.checkedAt = v.loadedAt;
        em.persist(v);
        return v;
    }

    /** The newest version of every list, by load time. */
    public List<ListVersionEntity> latestVersions() {
        return em.createQuery("select v from ListVersionEntity v where v.active = true and v.loadedAt = "
                + "(select max(w.loadedAt) from ListVersionEntity w where w.listId = v.listId and w.active = true)", ListVersionEntity.class)
                .getResultList();
    }

    /** The earliest date any list version is effective from, or null when no list holds anything yet. */
    public LocalDate firstListDate() {
        return em.createQuery("select min(v.effectiveOn) from ListVersionEntity v where v.active = true", LocalDate.class)
                .getSingleResult();
    }

    /** The newest imported (not agency-written) version of every list that was ever imported, by load time. */
    public List<ListVersionEntity> latestImportedVersions() {
        return em.createQuery("select v from ListVersionEntity v where v.active = true and v.format <> 'AGENCY_WRITE' and v.loadedAt = "
                + "(select max(w.loadedAt) from ListVersionEntity w where w.listId = v.listId and w.active = true "
                + "and w.format <> 'AGENCY_WRITE')", ListVersionEntity.class).getResultList();
    }

    /** The newest version of every list loaded on or before the date (for as-of screening). */
    public List<ListVersionEntity> versionsAsOf(LocalDate asOf) {
        return em.createQuery("select v from ListVersionEntity v where v.active = true and v.effectiveOn <= :d and v.loadedAt = "
                + "(select max(w.loadedAt) from ListVersionEntity w where w.listId = v.listId and w.active = true and w.effectiveOn <= :d)",
                ListVersionEntity.class).setParameter("d", asOf).getResultList();
    }

    /** Versions in the order they were loaded (ids are random, so they break ties only); pages continue after a version id. */
    public List<ListVersionEntity> listVersions(String listId, String afterId, int limit) {
        String after = "(select a.loadedAt from ListVersionEntity a where a.id = :after)";
        String q = "select v from ListVersionEntity v where 1=1"
                + (listId == null || listId.isBlank() ? "" : " and v.listId = :list")
                + (afterId == null ? "" : " and (v.loadedAt > " + after + " or (v.loadedAt = " + after + " and v.id > :after))")
                + " order by v.loadedAt, v.id";
        TypedQuery<ListVersionEntity> query = em.createQuery(q, ListVersionEntity.class).setMaxResults(limit);
        if (listId != null && !listId.isBlank()) {
            query.setParameter("list", listId);
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    // ---- idempotency ---------------------------------------------------------------------

    public Optional<RequestLogEntity> request(String requestId) {
        return Optional.ofNullable(em.find(RequestLogEntity.class, requestId));
    }

    public void recordRequest(String requestId, String operation, String resultRef) {
        RequestLogEntity r = new RequestLogEntity();
        r.requestId = requestId;
        r.operation = operation;
        r.resultRef = resultRef;
        r.createdAt = Instant.now();
        em.persist(r);
    }

    // ---- designations ----------------------------------------------------------------------

    public DesignationEntity newDesignation(String listId, String sourceRecordId) {
        DesignationEntity d = new DesignationEntity();
        d.id = "dsg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        d.listId = listId;
        d.sourceRecordId = sourceRecordId;
        d.createdAt = Instant.now();
        em.persist(d);
        return d;
    }

    public Optional<DesignationEntity> designation(String id) {
        return Optional.ofNullable(em.find(DesignationEntity.class, id));
    }

    public RevisionEntity addRevision(String designationId, int revision, LocalDate from, boolean removed, String reason,
                                      DesignationData data, String listVersionId) {
        RevisionEntity r = new RevisionEntity();
        r.designationId = designationId;
        r.revision = revision;
        r.effectiveFrom = from;
        r.removed = removed;
        r.removalReason = reason;
        r.primaryName = data.name();
        r.searchText = NameKey.searchText(data.allNames());
        r.countries = "," + String.join(",", data.countries()) + ",";
        r.programs = "," + String.join(",", data.programs()) + ",";
        r.data = toJson(data);
        r.fingerprint = fingerprint(r.data);
        r.listVersionId = listVersionId;
        r.recordedAt = Instant.now();
        em.persist(r);
        return r;
    }

    /** The open (latest) revision of a designation. */
    public Optional<RevisionEntity> openRevision(String designationId) {
        return em.createQuery("select r from RevisionEntity r where r.designationId = :id and r.effectiveTo is null "
                        + "order by r.revision desc", RevisionEntity.class)
                .setParameter("id", designationId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The highest revision number written for a designation (not always the open one, see earlier removals). */
    public int lastRevisionNumber(String designationId) {
        Integer n = em.createQuery("select max(r.revision) from RevisionEntity r where r.designationId = :id", Integer.class)
                .setParameter("id", designationId).getSingleResult();
        return n == null ? 0 : n;
    }

    /** One revision by its number. */
    public Optional<RevisionEntity> revision(String designationId, int revision) {
        return em.createQuery("select r from RevisionEntity r where r.designationId = :id and r.revision = :n", RevisionEntity.class)
                .setParameter("id", designationId).setParameter("n", revision).getResultStream().findFirst();
    }

    /** The revision in force on the date, removed or not. */
    public Optional<RevisionEntity> revisionAsOf(String designationId, LocalDate asOf) {
        return em.createQuery("select r from RevisionEntity r where r.designationId = :id and r.effectiveFrom <= :d "
                        + "and (r.effectiveTo is null or r.effectiveTo > :d) order by r.revision desc", RevisionEntity.class)
                .setParameter("id", designationId).setParameter("d", asOf).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The designations in force on the date among these ids, in one query: for each id the revision
     * {@link #revisionAsOf} gives, left out when there is none or it is a removal. A screening's list hits are read
     * with this instead of two queries per hit.
     */
    public Map<String, Designation> inForceAsOf(java.util.Collection<String> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Designation> out = new java.util.HashMap<>();
        java.util.Set<String> decided = new java.util.HashSet<>();
        List<String> all = List.copyOf(new java.util.TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += IN_FORCE_BATCH) {
            // always IN_FORCE_BATCH parameters (the last id repeated): Hibernate translates a query again whenever the
            // size of a list parameter changes, which cost a third of this read
            List<String> batch = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_FORCE_BATCH)));
            while (batch.size() < IN_FORCE_BATCH) {
                batch.add(batch.get(batch.size() - 1));
            }
            List<Object[]> rows = em.createQuery("select r, d from RevisionEntity r, DesignationEntity d where r.designationId = d.id "
                            + "and d.id in :ids and r.effectiveFrom <= :d and (r.effectiveTo is null or r.effectiveTo > :d) "
                            + "order by r.designationId, r.revision desc", Object[].class)
                    .setParameter("ids", batch).setParameter("d", asOf).getResultList();
            for (Object[] row : rows) {
                RevisionEntity r = (RevisionEntity) row[0];
                if (decided.add(r.designationId) && !r.removed) { // the highest revision in force decides
                    out.put(r.designationId, view((DesignationEntity) row[1], r));
                }
            }
        }
        return out;
    }

    /** Ids per query of {@link #inForceAsOf}: a screening's hits are rarely more. */
    static final int IN_FORCE_BATCH = 8;

    public record Filter(String list, String program, String country, String namePrefix, String query) {
    }

    /** Designations in force on the date, ordered by id, after the given id. */
    public List<Designation> list(Filter f, LocalDate asOf, String afterId, int limit) {
        StringBuilder q = new StringBuilder("select r, d from RevisionEntity r, DesignationEntity d where r.designationId = d.id "
                + "and r.effectiveFrom <= :d and (r.effectiveTo is null or r.effectiveTo > :d) and r.removed = false");
        if (notBlank(f.list())) {
            q.append(" and d.listId = :list");
        }
        if (notBlank(f.program())) {
            q.append(" and r.programs like :program");
        }
        if (notBlank(f.country())) {
            q.append(" and r.countries like :country");
        }
        if (notBlank(f.namePrefix())) {
            q.append(" and r.searchText like :prefix");
        }
        if (notBlank(f.query())) {
            q.append(" and r.searchText like :query");
        }
        if (afterId != null) {
            q.append(" and d.id > :after");
        }
        q.append(" order by d.id");
        TypedQuery<Object[]> query = em.createQuery(q.toString(), Object[].class).setParameter("d", asOf).setMaxResults(limit);
        if (notBlank(f.list())) {
            query.setParameter("list", f.list());
        }
        if (notBlank(f.program())) {
            query.setParameter("program", "%," + f.program() + ",%");
        }
        if (notBlank(f.country())) {
            query.setParameter("country", "%," + f.country() + ",%");
        }
        if (notBlank(f.namePrefix())) {
            query.setParameter("prefix", "%|" + like(NameKey.of(f.namePrefix())) + "%");
        }
        if (notBlank(f.query())) {
            query.setParameter("query", "%" + like(NameKey.of(f.query())) + "%");
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        List<Designation> out = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            out.add(view((DesignationEntity) row[1], (RevisionEntity) row[0]));
        }
        return out;
    }

    /** Designations in force on the date that carry exactly this name (any of its names). */
    public List<Designation> findByExactName(String name, LocalDate asOf, int limit) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select r, d from RevisionEntity r, DesignationEntity d where r.designationId = d.id "
                        + "and r.effectiveFrom <= :d and (r.effectiveTo is null or r.effectiveTo > :d) and r.removed = false "
                        + "and r.searchText like :k order by d.id", Object[].class)
                .setParameter("d", asOf).setParameter("k", "%|" + like(key) + "|%").setMaxResults(limit).getResultList();
        List<Designation> out = new ArrayList<>();
        for (Object[] row : rows) {
            out.add(view((DesignationEntity) row[1], (RevisionEntity) row[0]));
        }
        return out;
    }

    public Designation view(DesignationEntity d, RevisionEntity r) {
        DesignationData data = fromJson(r.data);
        String authority = Lists.find(d.listId).map(Lists.ListInfo::authority).orElse("USER");
        return new Designation(d.id, d.listId, authority, data, r.removed ? firstEffective(d.id) : r.effectiveFrom,
                r.removed ? r.effectiveFrom : null, r.removalReason, d.sourceRecordId, r.revision, r.recordedAt, r.listVersionId);
    }

    private LocalDate firstEffective(String designationId) {
        return em.createQuery("select min(r.effectiveFrom) from RevisionEntity r where r.designationId = :id and r.removed = false",
                LocalDate.class).setParameter("id", designationId).getSingleResult();
    }

    // ---- change stream ----------------------------------------------------------------------

    /** First key of the two-key advisory lock that orders the change log ("CPCL"); see {@link #recordChange}. */
    static final int CHANGE_LOG_LOCK = 0x4350434c;

    /**
     * Appends a change to the log, to be committed with the caller's transaction; call it after the transaction's
     * other writes.
     *
     * <p>The log's readers (WatchChanges, other replicas' name index) follow it by sequence and never look back, so
     * the sequences a reader can see must always be a prefix: had two transactions taken 100 and 101 and 101 committed
     * first, a reader in between would move past 100 for good (another replica's index would never learn that
     * designation). A transaction-scoped advisory lock, taken here and held until commit or rollback, lets one
     * transaction at a time append, so sequences commit in order. The transaction's own updates are flushed first:
     * a transaction waiting here holds its row locks already and needs none the holder could hold, so the wait cannot
     * close a cycle, and the lock covers only the end of a transaction.
     */
    public void recordChange(String kind, String designationId, String listId, String listVersionId, LocalDate effectiveOn) {
        em.flush();
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:space, 0)) l").setParameter("space", CHANGE_LOG_LOCK)
                .getSingleResult();
        ChangeEventEntity e = new ChangeEventEntity();
        e.kind = kind;
        e.designationId = designationId;
        e.listId = listId;
        e.listVersionId = listVersionId;
        e.effectiveOn = effectiveOn;
        e.committedAt = Instant.now();
        em.persist(e);
    }

    /** Sequence of the last committed change (0 when none): a cheap version stamp of everything stored here. */
    public long lastChangeSequence() {
        Long n = em.createQuery("select max(e.sequence) from ChangeEventEntity e", Long.class).getSingleResult();
        return n == null ? 0 : n;
    }

    public List<ChangeEventEntity> changesAfter(long sequence, int limit) {
        return em.createQuery("select e from ChangeEventEntity e where e.sequence > :s order by e.sequence", ChangeEventEntity.class)
                .setParameter("s", sequence).setMaxResults(limit).getResultList();
    }

    // ---- JSON --------------------------------------------------------------------------------

    public String toJson(DesignationData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize designation", e);
        }
    }

    public DesignationData fromJson(String s) {
        try {
            return json.readValue(s, DesignationData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored designation is not readable", e);
        }
    }

    /** SHA-256 of a designation's stored JSON: equal texts, equal fingerprints. */
    public static String fingerprint(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
