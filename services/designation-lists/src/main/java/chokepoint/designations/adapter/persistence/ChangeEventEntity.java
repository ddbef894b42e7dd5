package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "change_event")
public class ChangeEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long sequence;
    @Column(nullable = false)
    public String kind;
    @Column(name = "designation_id")
    public String designationId;
    @Column(name = "list_id")
    public String listId;
    @Column(name = "list_version_id")
    public String listVersionId;
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    @Column(name = "committed_at", nullable = false)
    public Instant committedAt;
}
