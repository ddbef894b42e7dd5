package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.util.List;

/**
 * Blocked by the OFAC 50 Percent Rule: {@code total} is the sum of the stakes of blocked owners
 * (listed or themselves blocked by the rule) that reached 50; {@code contributions} are those
 * stakes with their paths, largest first.
 */
public record BlockedStatus(BigDecimal total, List<Contribution> contributions, String citation) {
    public BlockedStatus {
        contributions = List.copyOf(contributions);
    }

    public String explain() {
        StringBuilder sb = new StringBuilder("Blocked: owned " + total.toPlainString()
                + "% in aggregate (50% or more) by blocked persons, " + citation + ". Paths:");
        contributions.forEach(c -> sb.append("\n  ").append(c.path().render()));
        return sb.toString();
    }
}
