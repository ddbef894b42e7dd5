package chokepoint.paip.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** An imposed (or waived) sanctions package (its chokepoint.paip.v1.Package, as proto3 JSON). */
@Entity
@Table(name = "sanction_package")
public class PackageEntity {
    @Id
    public String id;
    @Column(name = "identification_id", nullable = false)
    public String identificationId;
    @Column(nullable = false)
    public String status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
