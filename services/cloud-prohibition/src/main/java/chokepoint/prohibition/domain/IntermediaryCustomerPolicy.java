package chokepoint.prohibition.domain;

import java.util.List;

/**
 * A reseller, proxy or router passes the service on to customers the provider has not screened (the
 * distillation campaigns ran through such intermediaries). REVIEW until its downstream customers are
 * identified and screened: EO 13984 sec. 1; proposed rule 89 FR 5698 (Jan. 29, 2024), 15 CFR 7.300-7.310
 * (Customer Identification Program duties extend to foreign resellers' accounts). Cloud and model-API
 * services only; an export to a distributor is an intermediate consignee question, not this rule.
 */
public final class IntermediaryCustomerPolicy implements Rule {
    public static final String CITATION = "EO 13984 sec. 1 (86 FR 6837); 89 FR 5698; proposed 15 CFR 7.300-7.310";

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        CustomerType type = ctx.customer().customerType();
        if (!type.isIntermediary() || !ctx.serviceType().isCloudService()) {
            return List.of();
        }
        return List.of(Reason.builder(ReasonCode.DOWNSTREAM_CUSTOMERS_UNSCREENED, Verdict.REVIEW)
                .authority("COMMERCE").citation(CITATION)
                .explanation("The customer is " + (type == CustomerType.RESELLER ? "a reseller" : "a proxy or router")
                        + ": the service reaches end users the provider has not screened. Before furnishing it,"
                        + " identify and screen the downstream customers, or confirm the customer runs its own"
                        + " customer identification program (EO 13984 sec. 1; the proposed 15 CFR 7.300-7.310 would"
                        + " make this a duty).")
                .build());
    }
}
