package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-U.S. provider serving a blocked person is not bound by the blocking itself, but IEEPA orders make
 * material assistance to, or goods and services in support of, blocked persons a designation criterion of the
 * program the person is blocked under (its citation is in the reason); the paper's Phase 3 relies on exactly this
 * "derivative sanctions" exposure of foreign cloud providers and offshore clusters. Verdict: PROHIBITED for
 * every commercial service (the consequence is the provider's own designation; no screening outcome should
 * let it proceed), REVIEW for an AI safety dialogue (not material support in the ordinary sense; a human
 * decides). A U.S. provider gets no such reason: the blocking reason already prohibits.
 */
public final class DerivativeSanctionsPolicy implements Rule {
    /** IEEPA; the designation criteria themselves are the blocking program's, whose citation follows. */
    public static final String CITATION = "50 U.S.C. 1702";

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
                                    + ") is not a U.S. person, so the blocking does not bind it directly; but furnishing "
                                    + ctx.serviceType().label() + " to a person blocked under " + p.name()
                                    + " can expose it to designation under that program's criteria for materially"
                                    + " assisting, or providing services to, a blocked person (derivative sanctions).")
                            .build());
                    break;
                }
            }
        }
        return out;
    }
}
