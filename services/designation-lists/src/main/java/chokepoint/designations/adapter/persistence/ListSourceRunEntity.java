package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One refresh of a list source: the audit trail of the fetching (V3__list_sources.sql). */
@Entity
@Table(name = "list_source_run")
public class ListSourceRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "source_name", nullable = false)
    public String sourceName;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;
    @Column(nullable = false)
    public String trigger;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(nullable = false)
    public boolean forced;
    @Column(nullable = false)
    public String outcome;
    public String reason;
    public String message;
    @Column(nullable = false)
    public int attempts;
    public String checksum;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "list_versions")
    public String listVersions;
}
