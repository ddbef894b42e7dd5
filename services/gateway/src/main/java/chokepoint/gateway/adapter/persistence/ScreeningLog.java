package chokepoint.gateway.adapter.persistence;

import chokepoint.gateway.adapter.client.DownstreamUnavailable;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Writes the audit record of a screening: one INSERT on an auto-commit connection, committed before the
 * answer leaves the gateway. Reads stay with Hibernate ({@link ScreeningEntity}); this write is on the hot
 * path of every screening, where Hibernate's flush and the JTA transaction around a single insert cost about
 * as much CPU as the rest of the gateway's work (docs/benchmarks.md).
 */
@ApplicationScoped
public class ScreeningLog {

    private static final String INSERT = "insert into screening (id, tenant, subject, created_at, as_of, verdict, service_type, "
            + "customer_name, request, response, list_versions, retain_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)";

    @Inject
    AgroalDataSource dataSource;

    /**
     * Inserts the record. If it cannot be stored the screening is not answered (a verdict without its audit record
     * is not given): {@link DownstreamUnavailable} for the audit store, so REST says 503 and gRPC UNAVAILABLE.
     */
    public void insert(ScreeningEntity e) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            ps.setString(1, e.id);
            ps.setString(2, e.tenant);
            ps.setString(3, e.subject);
            ps.setTimestamp(4, Timestamp.from(e.createdAt));
            ps.setObject(5, e.asOf, Types.DATE);
            ps.setString(6, e.verdict);
            ps.setString(7, e.serviceType);
            ps.setString(8, e.customerName);
            ps.setString(9, e.request);
            ps.setString(10, e.response);
            ps.setString(11, e.listVersions);
            ps.setObject(12, e.retainUntil, Types.DATE);
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new DownstreamUnavailable("screening-audit", "could not record the screening (" + ex.getSQLState() + "): "
                    + ex.getMessage());
        }
    }
}
