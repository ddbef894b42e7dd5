package chokepoint.prohibition.domain;

import java.util.List;

/**
 * A red flag designation-lists raised (mirror of designations.v1.RedFlag). Codes it sends:
 * LISTED_MINORITY_OWNER, LISTED_OWNER_PERCENT_UNKNOWN, SHARED_OFFICER, SHARED_ADDRESS, SHARED_IDENTIFIER.
 * The code stays a string here because the producer may add codes; unknown ones are reviewed (fail closed).
 */
public record RedFlag(String code, String explanation, String citation, List<OwnershipPath> paths,
                      Designation source) {
    public RedFlag {
        code = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        explanation = explanation == null ? "" : explanation;
        citation = citation == null ? "" : citation;
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    public static RedFlag of(String code, Designation source) {
        return new RedFlag(code, "", "", List.of(), source);
    }
}
