package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ownership red flags from designation-lists: significant minority ownership by a listed party, a listed
 * owner with an unknown stake, an overlapping officer or board member (BIS red flag 29, Supp. No. 3 to part
 * 732: "resolve before proceeding"). Unknown codes are reviewed too (fail closed). SHARED_ADDRESS and
 * SHARED_IDENTIFIER belong to {@link FrontCompanyPolicy}.
 */
public final class OwnershipRedFlagPolicy implements Rule {
    public static final String CITATION = "15 CFR part 732, Supp. No. 3, red flag 29 (90 FR 47201)";
    static final Set<String> FRONT_COMPANY_CODES = Set.of("SHARED_ADDRESS", "SHARED_IDENTIFIER");

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.facts() == null) {
            return out;
        }
        for (RedFlag f : ctx.facts().redFlags()) {
            if (FRONT_COMPANY_CODES.contains(f.code())) {
                continue;
            }
            ReasonCode code = switch (f.code()) {
                case "LISTED_MINORITY_OWNER" -> ReasonCode.LISTED_MINORITY_OWNER;
                case "LISTED_OWNER_PERCENT_UNKNOWN" -> ReasonCode.LISTED_OWNER_PERCENT_UNKNOWN;
                case "SHARED_OFFICER" -> ReasonCode.SHARED_OFFICER;
                default -> ReasonCode.UNRECOGNIZED_RED_FLAG;
            };
            Designation src = f.source();
            String text = code == ReasonCode.UNRECOGNIZED_RED_FLAG
                    ? "Red flag " + f.code() + " is not known to this service; reviewed (fail closed). "
                    : "";
            out.add(Reason.builder(code, Verdict.REVIEW)
                    .citation(f.citation().isEmpty() ? CITATION : f.citation())
                    .list(src == null ? "" : src.list()).designationId(src == null ? "" : src.id())
                    .matchedName(src == null ? "" : src.name())
                    .ownershipPath(f.paths().stream().map(OwnershipPath::render).toList())
                    .explanation(text + (f.explanation().isEmpty() ? "A red flag without a description was reported"
                            : f.explanation()) + ". Resolve it before proceeding.")
                    .build());
        }
        return out;
    }
}
