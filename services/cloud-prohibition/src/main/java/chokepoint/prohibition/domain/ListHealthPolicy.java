package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fail closed: a list the deployment screens against that is missing, not loaded or stale is not evidence
 * that the customer is clean (domain brief sec. 4). Each such list gives a REVIEW naming it.
 */
public final class ListHealthPolicy implements Rule {
    public static final String CITATION = "Fail-closed screening (OFAC, A Framework for OFAC Compliance"
            + " Commitments, May 2019, sec. III: sanctions screening; 15 CFR 732 Supp. 3)";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.facts() == null) {
            out.add(Reason.builder(ReasonCode.PARTY_FACTS_MISSING, Verdict.REVIEW).citation(CITATION)
                    .explanation("No party facts were supplied: the customer was not screened against any list. Run"
                            + " the screening again; do not provision on this answer.")
                    .build());
            return out;
        }
        if (ctx.facts().asOf() != null && !ctx.facts().asOf().equals(ctx.asOf())) {
            out.add(Reason.builder(ReasonCode.FACTS_AS_OF_MISMATCH, Verdict.REVIEW).citation(CITATION)
                    .explanation("The party facts were resolved as of " + ctx.facts().asOf() + " but the request is"
                            + " evaluated as of " + ctx.asOf() + "; the lists in force may differ.")
                    .build());
        }
        Map<String, ListStatus> byList = ctx.facts().lists().stream()
                .collect(Collectors.toMap(ListStatus::list, Function.identity(), (a, b) -> a));
        TreeSet<String> lists = new TreeSet<>(ctx.config().requiredLists());
        lists.addAll(byList.keySet());
        for (String list : lists) {
            ListStatus s = byList.get(list);
            if (s == null || !s.loaded()) {
                out.add(Reason.builder(ReasonCode.LIST_NOT_LOADED, Verdict.REVIEW).list(list).citation(CITATION)
                        .explanation("The " + list + " list " + (s == null ? "was not reported by designation-lists"
                                : "is not loaded") + "; the customer could not be screened against it. Load the list"
                                + " (or screen against it by hand) before provisioning.")
                        .build());
            } else if (s.stale()) {
                out.add(Reason.builder(ReasonCode.LIST_STALE, Verdict.REVIEW).list(list).citation(CITATION)
                        .effectiveFrom(s.effectiveOn())
                        .explanation("The " + list + " list (version " + s.versionId()
                                + (s.effectiveOn() == null ? ", date unknown" : ", as of " + s.effectiveOn())
                                + ") is older than its freshness limit: entries added since may be missing. Refresh"
                                + " the list (or screen against a current copy by hand) before provisioning.")
                        .build());
            }
        }
        return out;
    }
}
