package chokepoint.paip.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A write's request id and what it produced (AIP-155). */
@Entity
@Table(name = "request_log")
public class RequestLogEntity {
    @Id
    @Column(name = "request_id")
    public String requestId;
    @Column(nullable = false)
    public String operation;
    @Column(name = "result_ref", nullable = false)
    public String resultRef;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
