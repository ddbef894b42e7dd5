package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A name hit in the POSSIBLE band (or with no band) is reviewed by a human, never passed silently. */
public final class PossibleMatchPolicy implements Rule {
    public static final String CITATION = "A Framework for OFAC Compliance Commitments (May 2, 2019), sec. III"
            + " (internal controls: screening)";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.facts() == null) {
            return out;
        }
        // A designation already conclusively matched for the same subject is handled by its program;
        // several possible hits on one designation (aliases) give one reason, the best-scoring.
        java.util.Set<String> conclusive = new java.util.HashSet<>();
        java.util.Map<String, Hit> possible = new java.util.LinkedHashMap<>();
        for (Hit h : ctx.facts().hits()) {
            Designation d = h.designation();
            if (d == null || !d.inForceOn(ctx.asOf())) {
                continue;
            }
            String key = h.subject() + "|" + d.list() + "|" + d.id();
            if (h.conclusive()) {
                conclusive.add(key);
            } else if (h.needsReview()) {
                possible.merge(key, h, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        possible.keySet().removeAll(conclusive);
        for (Hit h : possible.values()) {
            Designation d = h.designation();
            out.add(Reason.builder(ReasonCode.POSSIBLE_MATCH, Verdict.REVIEW)
                    .subject(h.subject()).list(d.list()).designationId(d.id()).matchedName(h.matchedName())
                    .score(h.score()).effectiveFrom(d.effectiveFrom()).authority(d.authority()).citation(CITATION)
                    .explanation("Possible match of " + h.subject() + " name \"" + h.queryName() + "\" with "
                            + d.list() + " entry " + d.id() + " (\"" + d.name() + "\"), matched \""
                            + h.matchedName() + "\", score " + String.format(Locale.ROOT, "%.2f", h.score())
                            + (h.explanation().isEmpty() ? "" : " (" + String.join("; ", h.explanation()) + ")")
                            + ": confirm or discount before proceeding.")
                    .build());
        }
        return out;
    }
}
