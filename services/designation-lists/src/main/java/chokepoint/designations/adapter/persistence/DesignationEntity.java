package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "designation")
public class DesignationEntity {
    @Id
    public String id;
    @Column(name = "list_id", nullable = false)
    public String listId;
    @Column(name = "source_record_id")
    public String sourceRecordId;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
