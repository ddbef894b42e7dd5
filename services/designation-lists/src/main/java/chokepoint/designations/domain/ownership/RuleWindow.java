package chokepoint.designations.domain.ownership;

import java.time.LocalDate;
import java.util.Objects;

/** A dated state of a rule: [from, toExclusive) with the Federal Register text that set it. */
public record RuleWindow(LocalDate from, LocalDate toExclusive, boolean inForce, String citation) {
    public RuleWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(citation, "citation");
    }

    public boolean contains(LocalDate d) {
        return Dates.inForce(from, toExclusive, d);
    }
}
