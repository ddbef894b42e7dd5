package chokepoint.designations.domain.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedSet;

/**
 * An affiliate under the BIS Affiliates Rule: owned {@code total} percent (>= 50) by Entity List /
 * MEU parties, 744.8(a)(1) SDNs, or other affiliates. It inherits every license requirement of its
 * listed owners ({@code inheritedRequirements}: all apply, so together they are the most restrictive)
 * and the most restrictive review policy ({@code reviewPolicy}); {@code listedOwnerDesignations}
 * are "LIST:designationId" of the listed parties the requirements come from; {@code window} is the
 * dated rule state that made the rule apply.
 */
public record AffiliateStatus(BigDecimal total, List<Contribution> contributions,
                              SortedSet<String> inheritedRequirements, LicenseReviewPolicy reviewPolicy,
                              SortedSet<String> listedOwnerDesignations, String citation, RuleWindow window) {
    public AffiliateStatus {
        contributions = List.copyOf(contributions);
    }

    public String explain() {
        StringBuilder sb = new StringBuilder("Affiliate: owned " + total.toPlainString()
                + "% in aggregate (50% or more) by listed parties, " + citation + ", in force on the date ["
                + window.citation() + "]; license review policy: " + reviewPolicy.text() + "; license requirements: "
                + (inheritedRequirements.isEmpty() ? "as stated in the listed owners' entries"
                        : String.join("; ", inheritedRequirements)) + ". Paths:");
        contributions.forEach(c -> sb.append("\n  ").append(c.path().render()));
        return sb.toString();
    }
}
