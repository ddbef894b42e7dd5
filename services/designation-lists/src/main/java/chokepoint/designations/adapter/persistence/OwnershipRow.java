package chokepoint.designations.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** owner holds percent (or an unknown share) of owned, from effectiveFrom until effectiveTo (exclusive). */
@Entity
@Table(name = "ownership")
public class OwnershipRow {
    @Id
    public String id;
    @Column(name = "owner_entity", nullable = false)
    public String ownerEntity;
    @Column(name = "owned_entity", nullable = false)
    public String ownedEntity;
    @Column(precision = 9, scale = 6)
    public BigDecimal percent;
    @Column(name = "percent_unknown", nullable = false)
    public boolean percentUnknown;
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    public String source;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
