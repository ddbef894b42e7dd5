package chokepoint.paip.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An identification in a report (its chokepoint.paip.v1.Identification, as proto3 JSON). */
@Entity
@Table(name = "identification")
public class IdentificationEntity {
    @Id
    public String id;
    @Column(name = "report_year", nullable = false)
    public int reportYear;
    @Column(nullable = false)
    public String clause;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
