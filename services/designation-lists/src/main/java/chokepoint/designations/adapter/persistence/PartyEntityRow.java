package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A party of the ownership graph: a designation (same id), or an unlisted company or person. */
@Entity
@Table(name = "party_entity")
public class PartyEntityRow {
    @Id
    public String id;
    @Column(name = "designation_id")
    public String designationId;
    @Column(nullable = false)
    public String kind;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String countries;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String data;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
