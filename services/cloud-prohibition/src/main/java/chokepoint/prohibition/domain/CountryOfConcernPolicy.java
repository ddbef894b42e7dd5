package chokepoint.prohibition.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * BIS guidance of May 13, 2025: providing IaaS to train AI models for or on behalf of parties headquartered
 * in, or whose ultimate parent is headquartered in, Macau or a Country Group D:5 destination is a red flag.
 * Applies to AI_TRAINING_COMPUTE. Uses the declared headquarters; when none is declared, the customer's
 * countries stand in (and the explanation says so). A screening as of a day before the guidance was issued gets no
 * such reason (point in time).
 */
public final class CountryOfConcernPolicy implements Rule {
    public static final String CITATION = DefaultPrograms.BIS_MAY_2025_GUIDANCE + "; " + CountryGroups.D5_CITATION;

    @Override
    public List<Reason> apply(EvaluationContext ctx) {
        List<Reason> out = new ArrayList<>();
        if (ctx.serviceType() != ServiceType.AI_TRAINING_COMPUTE
                || ctx.asOf().isBefore(DefaultPrograms.BIS_MAY_2025_GUIDANCE_DATE)) {
            return out;
        }
        Customer c = ctx.customer();
        List<String> candidates = c.headquartersCountry() != null ? List.of(c.headquartersCountry()) : c.countries();
        for (String country : candidates) {
            if (ctx.config().d5Countries().contains(country)) {
                String where = CountryGroups.MACAU.equals(country) ? "Macau"
                        : CountryGroups.D5.getOrDefault(country, country) + " (Country Group D:5)";
                out.add(Reason.builder(ReasonCode.COUNTRY_GROUP_D5_AI_TRAINING_RED_FLAG, Verdict.REVIEW)
                        .authority("BIS").citation(CITATION)
                        .effectiveFrom(DefaultPrograms.BIS_MAY_2025_GUIDANCE_DATE)
                        .explanation("AI training compute for a customer "
                                + (c.headquartersCountry() != null ? "headquartered in " : "associated with (no"
                                + " headquarters declared) ") + where + ": red flag under the BIS May 2025 guidance;"
                                + " verify end use and end user before provisioning.")
                        .build());
                break;
            }
        }
        return out;
    }
}
