package chokepoint.designations.domain.ownership;

import java.util.List;

/** A parsed value or the violations that prevented it. */
public record Validated<T>(T value, List<Violation> violations) {
    public Validated {
        violations = List.copyOf(violations);
    }

    public boolean ok() {
        return violations.isEmpty();
    }
}
