package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "list_version")
public class ListVersionEntity {
    @Id
    public String id;
    @Column(name = "list_id", nullable = false)
    public String listId;
    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;
    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;
    public String checksum;
    @Column(nullable = false)
    public String format;
    public String source;
    public int added;
    public int changed;
    public int removed;
    public int unchanged;
    public boolean active;
    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;
}
