package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chain of stakes from a listed party to an entity: {@code nodes.size() == percents.size() + 1}.
 * A null percent means unknown. Renders as "X —60%→ A —50%→ B".
 */
public record OwnershipPath(List<String> nodes, List<BigDecimal> percents) {
    public OwnershipPath {
        nodes = List.copyOf(nodes);
        percents = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(percents));
        if (nodes.size() != percents.size() + 1) {
            throw new IllegalArgumentException("nodes must be one more than percents");
        }
    }

    public String render() {
        StringBuilder sb = new StringBuilder(nodes.get(0));
        for (int i = 0; i < percents.size(); i++) {
            BigDecimal p = percents.get(i);
            sb.append(" \u2014").append(p == null ? "?" : p.toPlainString()).append("%\u2192 ").append(nodes.get(i + 1));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
