package chokepoint.designations.adapter.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The persisted state of list sources, each write in its own short transaction (a refresh
 * downloads for minutes; no transaction stays open meanwhile), and the lock that lets one
 * replica at a time refresh a source.
 */
@ApplicationScoped
public class SourceStateStore {

    /** First key of the two-key advisory locks of sources ("CPSR"). */
    static final int LOCK_SPACE = 0x43505352;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Transactional
    public Optional<ListSourceEntity> find(String name) {
        ListSourceEntity e = em.find(ListSourceEntity.class, name);
        if (e != null) {
            em.detach(e);
        }
        return Optional.ofNullable(e);
    }

    @Transactional
    public Map<String, ListSourceEntity> all() {
        Map<String, ListSourceEntity> out = new TreeMap<>();
        for (ListSourceEntity e : em.createQuery("select s from ListSourceEntity s", ListSourceEntity.class).getResultList()) {
            em.detach(e);
            out.put(e.name, e);
        }
        return out;
    }

    /** Writes the state and the run record together. */
    @Transactional
    public void save(ListSourceEntity state, ListSourceRunEntity run) {
        state.updatedAt = Instant.now();
        em.merge(state);
        em.flush();
        if (run != null) {
            em.persist(run);
        }
    }

    @Transactional
    public List<ListSourceRunEntity> runs(String name, int limit) {
        return em.createQuery("select r from ListSourceRunEntity r where r.sourceName = :n order by r.startedAt desc, r.id desc",
                ListSourceRunEntity.class).setParameter("n", name).setMaxResults(limit).getResultList();
    }

    /** The lists the given versions belong to. */
    @Transactional
    public List<String> listsOf(List<String> versionIds) {
        if (versionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct v.listId from ListVersionEntity v where v.id in :ids order by v.listId", String.class)
                .setParameter("ids", versionIds).getResultList();
    }

    /**
     * The source confirmed that the content it last imported is still current (304, or the
     * same file again): the freshness clock of each list it feeds restarts, as it does when the
     * same file is imported again by hand. A list where another import has loaded a newer
     * version since is left alone and returned: the source's content is no longer what is
     * active there.
     *
     * @return the lists whose active content no longer comes from these versions
     */
    @Transactional
    public Set<String> confirmCurrent(List<String> versionIds) {
        Set<String> superseded = new HashSet<>();
        if (versionIds.isEmpty()) {
            return superseded;
        }
        return em.unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            Array ids = c.createArrayOf("text", versionIds.toArray());
            try (PreparedStatement q = c.prepareStatement("select m.list_id, exists (select 1 from list_version w where "
                    + "w.list_id = m.list_id and w.active and w.checksum is not null and w.loaded_at > m.loaded_at) "
                    + "from list_version m where m.id = any(?)")) {
                q.setArray(1, ids);
                Set<String> mine = new HashSet<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        mine.add(rs.getString(1));
                        if (rs.getBoolean(2)) {
                            superseded.add(rs.getString(1));
                        }
                    }
                }
                mine.removeAll(superseded);
                if (!mine.isEmpty()) {
                    try (PreparedStatement u = c.prepareStatement("update list_version v set checked_at = now() where v.active "
                            + "and v.list_id = any(?) and v.loaded_at = (select max(w.loaded_at) from list_version w "
                            + "where w.list_id = v.list_id and w.active)")) {
                        u.setArray(1, c.createArrayOf("text", mine.toArray()));
                        u.executeUpdate();
                    }
                }
            }
            return superseded;
        });
    }

    /**
     * Tries to take the source's lock: a PostgreSQL advisory lock on its own connection, held
     * until {@link Lock#close()}. A replica that dies releases it with its connection.
     */
    public Lock tryLock(String name) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            try (PreparedStatement q = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
                q.setInt(1, LOCK_SPACE);
                q.setString(2, name);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new Lock(c, name, true);
                    }
                }
            }
            c.close();
            return new Lock(null, name, false);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static final class Lock implements AutoCloseable {
        private final Connection connection;
        private final String name;
        private final boolean acquired;

        Lock(Connection connection, String name, boolean acquired) {
            this.connection = connection;
            this.name = name;
            this.acquired = acquired;
        }

        public boolean acquired() {
            return acquired;
        }

        @Override
        public void close() {
            if (connection == null) {
                return;
            }
            try (connection; PreparedStatement q = connection.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
                q.setInt(1, LOCK_SPACE);
                q.setString(2, name);
                q.executeQuery().close();
            } catch (SQLException ignored) {
                // the connection goes back to the pool or is dropped; either way the lock ends with the session
            }
        }
    }
}
