package chokepoint.gateway.application;

import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.Reason;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.api.screening.v1.CreateScreeningRequest;
import chokepoint.api.screening.v1.Screening;
import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import chokepoint.gateway.adapter.persistence.ScreeningEntity;
import chokepoint.testing.PostgresResource;
import com.google.protobuf.Timestamp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The audit record of a screening in the real database: many screenings committing at once share
 * transactions (group commit) and every one is stored and read back unchanged; a record that cannot be
 * stored fails only its own screening; records written as JSON before migration V2 are still read.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ScreeningRecordTest {

    @Inject
    ScreeningUseCase screenings;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    static Screening screening(String id, String name) {
        return Screening.newBuilder()
                .setId(id)
                .setVerdict(Verdict.VERDICT_REVIEW)
                .addReasons(Reason.newBuilder().setCode("NAME_POSSIBLE_MATCH").setVerdict(Verdict.VERDICT_REVIEW)
                        .setDesignationId("des_x").setExplanation("«" + name + "» resembles a listed name"))
                .setAsOf("2026-11-10")
                .putListVersions("SDN", "lv_sdn_1")
                .setTenant("acme")
                .setCreatedAt(Timestamp.newBuilder().setSeconds(1_795_000_000L))
                .setCustomer(Party.newBuilder().setName(name))
                .setService(Service.newBuilder().setType(ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE))
                .build();
    }

    /** Records the screening the way a screening does (the production mapping to the audit row). */
    void record(Screening s) {
        screenings.record(new ScreeningUseCase.Caller("test", s.getTenant(), null, false), s,
                CreateScreeningRequest.newBuilder().setCustomer(s.getCustomer()).setService(s.getService()).setAsOf(s.getAsOf())
                        .build(), Instant.ofEpochSecond(s.getCreatedAt().getSeconds()));
    }

    @Transactional
    ScreeningEntity find(String id) {
        return em.find(ScreeningEntity.class, id);
    }

    @Test
    void screeningsRecordedAtOnceAreAllStoredAndReadBackUnchanged() throws Exception {
        int n = 200;
        List<Screening> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(screening("scr_gc_" + UUID.randomUUID().toString().replace("-", ""), "Customer Nº " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (Screening s : sent) {
            done.add(pool.submit(() -> {
                go.await();
                record(s);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (Screening s : sent) {
            ScreeningEntity stored = find(s.getId());
            assertNotNull(stored, s.getId());
            assertNull(stored.response, "new records are not stored as JSON");
            assertEquals(s, ScreeningUseCase.response(stored));
            assertEquals(s.getCustomer(), ScreeningUseCase.request(stored).getCustomer());
        }
    }

    @Test
    void aRecordThatCannotBeStoredFailsOnlyItsOwnScreening() throws Exception {
        Screening first = screening("scr_dup_" + UUID.randomUUID().toString().replace("-", ""), "First");
        record(first);

        // the same id again among 40 others, queued behind a transaction that holds the table, so the writer
        // takes them as one batch: the batch fails, and each record is then tried on its own
        List<Screening> others = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            others.add(screening("scr_ok_" + UUID.randomUUID().toString().replace("-", ""), "Other " + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(42);
        CountDownLatch go = new CountDownLatch(1);
        Future<?> duplicate;
        List<Future<?>> fine = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("lock table screening in exclusive mode")) {
                lock.execute();
            }
            Screening blocker = screening("scr_blk_" + UUID.randomUUID().toString().replace("-", ""), "Blocker");
            fine.add(pool.submit(() -> {
                record(blocker);
                return null;
            }));
            others.add(blocker);
            Thread.sleep(50); // the writer has taken the blocker and waits for the lock
            duplicate = pool.submit(() -> {
                go.await();
                record(screening(first.getId(), "Duplicate"));
                return null;
            });
            for (Screening s : others.subList(0, 40)) {
                fine.add(pool.submit(() -> {
                    go.await();
                    record(s);
                    return null;
                }));
            }
            go.countDown();
            Thread.sleep(150); // all of them queued (each waits up to the test deadline, 500 ms, to be taken)
            holder.commit();
        }
        java.util.concurrent.ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> duplicate.get(30, TimeUnit.SECONDS));
        assertInstanceOf(DownstreamUnavailable.class, failed.getCause());
        for (Future<?> f : fine) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (Screening s : others) {
            assertNotNull(find(s.getId()), s.getId());
        }
        assertEquals("First", ScreeningUseCase.response(find(first.getId())).getCustomer().getName(),
                "the first record is untouched");
    }

    @Test
    void aRecordWrittenAsJsonBeforeMigrationV2IsStillRead() throws Exception {
        String id = "scr_json_" + UUID.randomUUID().toString().replace("-", "");
        // what V1's gateway wrote: protobuf's JSON printing of the request and the screening
        String response = "{\"id\":\"" + id + "\",\"verdict\":\"VERDICT_PROHIBITED\",\"reasons\":[{\"code\":\"SDN_BLOCKED\","
                + "\"verdict\":\"VERDICT_PROHIBITED\",\"designationId\":\"des_sdn_1\"}],\"asOf\":\"2026-11-01\","
                + "\"listVersions\":{\"SDN\":\"lv_sdn_0\"},\"tenant\":\"acme\",\"createdAt\":\"2026-11-01T10:00:00Z\","
                + "\"customer\":{\"name\":\"Old Record Ltd\"},\"service\":{\"type\":\"SERVICE_TYPE_STORAGE\"}}";
        String request = "{\"customer\":{\"name\":\"Old Record Ltd\"},\"service\":{\"type\":\"SERVICE_TYPE_STORAGE\"},"
                + "\"asOf\":\"2026-11-01\"}";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into screening (id, tenant, subject, created_at, as_of, verdict, service_type, customer_name, request, "
                        + "response, list_versions, retain_until) values (?, 'acme', 'old', now(), date '2026-11-01', "
                        + "'VERDICT_PROHIBITED', 'SERVICE_TYPE_STORAGE', 'Old Record Ltd', ?::jsonb, ?::jsonb, "
                        + "'{\"SDN\":\"lv_sdn_0\"}'::jsonb, date '2036-11-01')")) {
            ps.setString(1, id);
            ps.setString(2, request);
            ps.setString(3, response);
            assertEquals(1, ps.executeUpdate());
        }
        ScreeningEntity stored = find(id);
        Screening s = ScreeningUseCase.response(stored);
        assertEquals(Verdict.VERDICT_PROHIBITED, s.getVerdict());
        assertEquals("des_sdn_1", s.getReasons(0).getDesignationId());
        assertEquals("lv_sdn_0", s.getListVersionsOrThrow("SDN"));
        assertEquals(ServiceType.SERVICE_TYPE_STORAGE, ScreeningUseCase.request(stored).getService().getType());
    }

    @Test
    void aRecordWithNeitherFormIsRefusedByTheDatabase() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into screening (id, tenant, subject, created_at, as_of, verdict, service_type, customer_name, "
                        + "list_versions, retain_until) values ('scr_empty', 'acme', 'x', now(), current_date, 'VERDICT_CLEAR', "
                        + "'SERVICE_TYPE_STORAGE', 'X', '{}'::jsonb, current_date)")) {
            java.sql.SQLException ex = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, ps::executeUpdate);
            assertEquals("23514", ex.getSQLState(), "check_violation");
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from screening where id = 'scr_empty'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
