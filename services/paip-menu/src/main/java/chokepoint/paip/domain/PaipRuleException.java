package chokepoint.paip.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by the domain operations that produce a value (impose, waive, propose, mapping) when rules refuse it. */
public final class PaipRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public PaipRuleException(List<Violation> violations) {
        super(violations.stream().map(v -> v.reason() + " (" + v.citation() + "): " + v.message())
                .collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a PaipRuleException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public PaipRuleException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation: the one to put in the gRPC ErrorInfo / problem+json "reason". */
    public Violation primary() {
        return violations.get(0);
    }

    /** True when every violation is a statutory precondition (FAILED_PRECONDITION) rather than a malformed argument. */
    public boolean precondition() {
        return violations.stream().allMatch(Violation::precondition);
    }
}
