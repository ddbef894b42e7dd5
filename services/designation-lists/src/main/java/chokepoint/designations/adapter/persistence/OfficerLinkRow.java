package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A person serving an entity as officer or board member. */
@Entity
@Table(name = "officer_link")
public class OfficerLinkRow {
    @Id
    public String id;
    @Column(name = "person_name", nullable = false)
    public String personName;
    @Column(name = "entity_id", nullable = false)
    public String entityId;
    @Column(nullable = false)
    public String role;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    public String source;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
