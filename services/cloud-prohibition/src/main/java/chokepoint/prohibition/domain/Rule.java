package chokepoint.prohibition.domain;

import java.util.List;

/** One legal rule: facts in, reasons out (empty when it does not apply). Pure, no I/O. */
@FunctionalInterface
public interface Rule {
    List<Reason> apply(EvaluationContext ctx);
}
