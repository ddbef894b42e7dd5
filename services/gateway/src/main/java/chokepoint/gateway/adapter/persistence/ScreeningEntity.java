package chokepoint.gateway.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** The audit record of one screening: what was asked, what was answered, with which list versions. */
@Entity
@Table(name = "screening")
public class ScreeningEntity {
    @Id
    public String id;
    @Column(nullable = false)
    public String tenant;
    @Column(nullable = false)
    public String subject;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;
    @Column(nullable = false)
    public String verdict;
    @Column(name = "service_type", nullable = false)
    public String serviceType;
    @Column(name = "customer_name", nullable = false)
    public String customerName;
    /** The request as JSON: records written before V2 only (null since). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String request;
    /** The answer as JSON: records written before V2 only (null since). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String response;
    /** The request, {@code CreateScreeningRequest} in the contract's binary encoding (records since V2). */
    @Column(name = "request_pb")
    public byte[] requestPb;
    /** The answer, {@code Screening} in the contract's binary encoding (records since V2). */
    @Column(name = "response_pb")
    public byte[] responsePb;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "list_versions", nullable = false)
    public String listVersions;
    @Column(name = "retain_until", nullable = false)
    public LocalDate retainUntil;
}
