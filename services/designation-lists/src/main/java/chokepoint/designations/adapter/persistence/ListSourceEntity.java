package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;

/** The state of a configured list source (V3__list_sources.sql). */
@Entity
@Table(name = "list_source")
public class ListSourceEntity {
    @Id
    public String name;
    @Column(nullable = false)
    public String format;
    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;
    @Column(name = "last_import_at")
    public Instant lastImportAt;
    @Column(name = "last_outcome")
    public String lastOutcome;
    @Column(name = "last_reason")
    public String lastReason;
    @Column(name = "last_message")
    public String lastMessage;
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    /** JSON object: part name to {location, etag, lastModified, size}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String parts;
    @Column(name = "imported_checksum")
    public String importedChecksum;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    /** Comma-separated list version ids. */
    @Column(name = "list_versions")
    public String listVersions;
    @Column(name = "refused_checksum")
    public String refusedChecksum;
    @Column(name = "refused_reason")
    public String refusedReason;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The list version ids of {@link #listVersions}. */
    public java.util.List<String> listVersionIds() {
        return listVersions == null || listVersions.isBlank() ? java.util.List.of() : java.util.List.of(listVersions.split(","));
    }
}
