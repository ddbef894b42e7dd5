package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;

/**
 * One direct stake that counts toward an entity's aggregate: {@code percent} held by
 * {@code directOwnerId}, and a path from a listed party through {@code directOwnerId} to the
 * entity. Percentages are added at the entity, never multiplied along the path (FAQ 401).
 */
public record Contribution(String directOwnerId, BigDecimal percent, OwnershipPath path) {
}
