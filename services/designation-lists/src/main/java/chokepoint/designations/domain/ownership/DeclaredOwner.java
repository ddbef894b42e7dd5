package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An owner a screened customer declares: an id in the graph (resolved by the caller's name
 * matching) or an id the graph does not know (then it counts as not listed). {@code percent}
 * null = unknown.
 */
public record DeclaredOwner(String ownerId, BigDecimal percent) {
    public DeclaredOwner {
        Objects.requireNonNull(ownerId, "ownerId");
        if (percent != null && !Percent.isValid(percent)) {
            throw new IllegalArgumentException("percent out of range or too precise: " + percent);
        }
    }

    public static DeclaredOwner of(String ownerId, String percent) {
        return new DeclaredOwner(ownerId, percent == null ? null : new BigDecimal(percent));
    }
}
