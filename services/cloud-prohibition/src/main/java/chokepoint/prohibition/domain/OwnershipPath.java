package chokepoint.prohibition.domain;

import java.util.List;

/** A chain of ownership steps from a listed owner down to the screened party. */
public record OwnershipPath(List<OwnershipStep> steps) {
    public OwnershipPath {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static OwnershipPath of(OwnershipStep... steps) {
        return new OwnershipPath(List.of(steps));
    }

    /** Renders "A —60%→ B —50%→ C" ("?%" when the percentage is unknown). */
    public String render() {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(steps.get(0).ownerName());
        for (OwnershipStep s : steps) {
            sb.append(" \u2014").append(s.percent().isEmpty() ? "?" : s.percent()).append("%\u2192 ")
                    .append(s.ownedName());
        }
        return sb.toString();
    }
}
