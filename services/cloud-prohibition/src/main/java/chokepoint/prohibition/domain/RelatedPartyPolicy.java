package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A declared owner or officer who is conclusively on a list. It does not put the customer on the list
 * (designation-lists derives blocked / affiliate status from ownership), but it is a tie to a listed party:
 * BIS red flag 29 (Supp. No. 3 to part 732); OFAC cautions on entities controlled by blocked persons
 * (FAQ 398) and on blocked persons acting as an entity's officers (FAQ 400). Also reviews derived statuses of a
 * kind this service does not know (fail closed).
 */
public final class RelatedPartyPolicy implements Rule {
    public static final String CITATION = "15 CFR part 732, Supp. No. 3, red flag 29; OFAC FAQs 398, 400";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.facts() == null) {
            return out;
        }
        for (Hit h : ctx.facts().hits()) {
            Designation d = h.designation();
            if (d == null || h.aboutCustomer() || !h.conclusive() || !d.inForceOn(ctx.asOf())) {
                continue;
            }
            ReasonCode code = h.aboutOfficer() ? ReasonCode.LISTED_OFFICER : ReasonCode.LISTED_OWNER;
            out.add(Reason.builder(code, Verdict.REVIEW).subject(h.subject()).list(d.list()).designationId(d.id())
                    .matchedName(h.matchedName()).score(h.score()).effectiveFrom(d.effectiveFrom())
                    .citation(CITATION)
                    .explanation("The customer's " + (h.aboutOfficer() ? "officer" : "owner") + " \""
                            + h.queryName() + "\" is on " + d.list() + " (" + d.id() + ", \"" + d.name() + "\")."
                            + (h.aboutOfficer()
                                    ? " A listed officer does not put the customer on a list by itself, but may mean"
                                            + " control by a listed party (red flag 29); if the officer is blocked, do"
                                            + " not deal with that person acting for the customer, e.g. in contracts"
                                            + " they sign (OFAC FAQs 398, 400)"
                                    : " A listed owner does not put the customer on a list by itself: where its stake"
                                            + " makes the customer blocked (OFAC 50% rule) or an Entity List affiliate,"
                                            + " that is a reason of its own in this answer")
                            + "; the tie must be resolved before proceeding.")
                    .build());
        }
        for (DerivedStatus s : ctx.facts().derived()) {
            if (s.kind() == DerivedStatus.Kind.UNSPECIFIED) {
                out.add(Reason.builder(ReasonCode.UNRECOGNIZED_RED_FLAG, Verdict.REVIEW).citation(s.citation())
                        .ownershipPath(s.paths().stream().map(OwnershipPath::render).toList())
                        .explanation("A derived status of unknown kind was reported: " + s.explanation())
                        .build());
            }
        }
        return out;
    }
}
