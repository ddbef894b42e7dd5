package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** One text of a designation over [effectiveFrom, effectiveTo); a removal is a revision too. */
@Entity
@Table(name = "designation_revision")
public class RevisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "designation_id", nullable = false)
    public String designationId;
    @Column(nullable = false)
    public int revision;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(nullable = false)
    public boolean removed;
    @Column(name = "removal_reason")
    public String removalReason;
    @Column(name = "primary_name", nullable = false)
    public String primaryName;
    @Column(name = "search_text", nullable = false)
    public String searchText;
    @Column(nullable = false)
    public String countries;
    @Column(nullable = false)
    public String programs;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
    @Column(nullable = false)
    public String fingerprint;
    @Column(name = "list_version_id")
    public String listVersionId;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
