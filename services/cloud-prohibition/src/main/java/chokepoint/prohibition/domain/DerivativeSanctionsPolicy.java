package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-U.S. provider serving a blocked person is not bound by the blocking itself, but IEEPA orders make
 * material assistance to, or goods and services in support of, blocked persons a designation criterion
 * (e.g. EO 13694 sec. 1(a)(iii)(B) as amended by EO 13757); the paper's Phase 3 relies on exactly this
 * "derivative sanctions" exposure of foreign cloud providers and offshore clusters. Verdict: PROHIBITED for
 * every commercial service (the consequence is the provider's own designation; no screening outcome should
 * let it proceed), REVIEW for an AI safety dialogue (not material support in the ordinary sense; a human
 * decides). A U.S. provider gets no such reason: the blocking reason already prohibits.
 */
public final class DerivativeSanctionsPolicy implements Rule {
    public static final String CITATION = "EO 13694 sec. 1(a)(iii)(B) as amended by EO 13757; 50 U.S.C. 1702;"
            + " OFAC FAQ 398-402 (secondary sanctions risk)";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.service().usProvider()) {
            return out;
        }
        List<Program> blocking = ctx.programsInForce().stream()
                .filter(p -> p.effects().stream().anyMatch(e -> e.code() == ReasonCode.BLOCKED_PARTY))
                .toList();
        Verdict verdict = ctx.serviceType() == ServiceType.AI_SAFETY_DIALOGUE ? Verdict.REVIEW : Verdict.PROHIBITED;
        for (Listing l : ctx.listings()) {
            for (Program p : blocking) {
                if (ProgramPolicy.reaches(p, l)) {
                    out.add(Reason.builder(ReasonCode.DERIVATIVE_SANCTIONS_EXPOSURE, verdict).from(l)
                            .authority(p.authority()).citation(CITATION + "; " + p.citation()).program(p.id())
                            .effectiveFrom(l.effectiveFrom())
                            .explanation(l.describe() + " The provider (" + ctx.service().providerCountry()
                                    + ") is not a U.S. person: furnishing " + ctx.serviceType() + " to a person"
                                    + " blocked under " + p.name() + " exposes it to designation for materially"
                                    + " assisting a blocked person (derivative / secondary sanctions).")
                            .build());
                    break;
                }
            }
        }
        return out;
    }
}
