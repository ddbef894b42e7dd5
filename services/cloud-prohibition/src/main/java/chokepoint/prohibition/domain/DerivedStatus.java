package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A status designation-lists derived from ownership (mirror of designations.v1.DerivedStatus).
 * BLOCKED: OFAC 50 percent rule. ENTITY_LIST_AFFILIATE: BIS Affiliates Rule (Supp. 8 to part 744), sent only
 * while that rule is in force on asOf.
 */
public record DerivedStatus(Kind kind, String totalPercent, List<OwnershipPath> paths, String citation,
                            String explanation, List<Designation> sources, String licenseRequirement,
                            LicenseReviewPolicy licenseReviewPolicy, List<String> programs, LocalDate effectiveFrom) {
    public enum Kind { UNSPECIFIED, BLOCKED, ENTITY_LIST_AFFILIATE }

    public DerivedStatus {
        kind = kind == null ? Kind.UNSPECIFIED : kind;
        totalPercent = totalPercent == null ? "" : totalPercent;
        paths = paths == null ? List.of() : List.copyOf(paths);
        citation = citation == null ? "" : citation;
        explanation = explanation == null ? "" : explanation;
        sources = sources == null ? List.of() : List.copyOf(sources);
        licenseRequirement = licenseRequirement == null ? "" : licenseRequirement;
        licenseReviewPolicy = licenseReviewPolicy == null ? LicenseReviewPolicy.UNSPECIFIED : licenseReviewPolicy;
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    public static DerivedStatus blocked(String totalPercent, List<Designation> sources, OwnershipPath... paths) {
        return new DerivedStatus(Kind.BLOCKED, totalPercent, List.of(paths), "", "", sources, "",
                LicenseReviewPolicy.UNSPECIFIED,
                sources.stream().flatMap(s -> s.programs().stream()).distinct().toList(), null);
    }

    public static DerivedStatus affiliate(String totalPercent, List<Designation> sources, String requirement,
                                          LicenseReviewPolicy policy, OwnershipPath... paths) {
        return new DerivedStatus(Kind.ENTITY_LIST_AFFILIATE, totalPercent, List.of(paths), "", "", sources,
                requirement, policy, List.of(), null);
    }
}
