package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The customer standing on a list, normalized from PartyFacts: a conclusive direct hit (MATCH band or
 * identifier), a block under the OFAC 50 percent rule, or Entity List affiliate status.
 *
 * @param lists the lists the listing counts as (e.g. SDN; ENTITY_LIST for an affiliate)
 * @param designation the customer's own entry (direct listings) or null (derived ones)
 * @param sources the listed owners carrying a derived status
 */
public record Listing(Via via, String subject, List<String> lists, Designation designation,
                      List<Designation> sources, List<String> programTags, String matchedName, Double score,
                      List<String> ownershipPath, String licenseRequirement, LicenseReviewPolicy licenseReviewPolicy,
                      String licenseReviewPolicyText, LocalDate effectiveFrom, String citation, String detail) {

    public enum Via { NAME_MATCH, IDENTIFIER_MATCH, OWNERSHIP_BLOCKED, AFFILIATE }

    public Listing {
        lists = List.copyOf(lists);
        sources = sources == null ? List.of() : List.copyOf(sources);
        programTags = programTags == null ? List.of() : List.copyOf(programTags);
        ownershipPath = ownershipPath == null ? List.of() : List.copyOf(ownershipPath);
    }

    public String list() {
        return String.join(",", lists);
    }

    public boolean derived() {
        return via == Via.OWNERSHIP_BLOCKED || via == Via.AFFILIATE;
    }

    /** Ids of the entries carrying it: the customer's own entry, or the listed owners. */
    public List<String> designationIds() {
        return designation != null ? List.of(designation.id()) : sources.stream().map(Designation::id).toList();
    }

    public boolean reachedBy(ProgramScope scope) {
        return lists.stream().anyMatch(scope.lists()::contains)
                || designationIds().stream().anyMatch(scope.designationIds()::contains)
                || programTags.stream().anyMatch(scope.programTags()::contains);
    }

    /** Human-readable "how it matched" sentence. */
    public String describe() {
        return switch (via) {
            case NAME_MATCH -> "The customer matches " + list() + " entry " + designation.id() + " (\""
                    + designation.name() + "\"), matched name \"" + matchedName + "\", score "
                    + String.format(java.util.Locale.ROOT, "%.2f", score == null ? 0.0 : score) + ".";
            case IDENTIFIER_MATCH -> "The customer's identifier matches " + list() + " entry " + designation.id()
                    + " (\"" + designation.name() + "\").";
            case OWNERSHIP_BLOCKED -> "The customer is blocked under the OFAC 50 percent rule: owned "
                    + detail + "% in aggregate by blocked persons " + designationIds() + " via "
                    + String.join("; ", ownershipPath) + ".";
            case AFFILIATE -> "The customer is an Entity List affiliate under the BIS Affiliates Rule (Supp. 8 to"
                    + " 15 CFR part 744): owned " + detail + "% by listed parties " + designationIds() + " via "
                    + String.join("; ", ownershipPath) + ".";
        };
    }
}
