package chokepoint.designations.domain.ownership;

import java.util.Objects;

/** A red flag that must be resolved before proceeding (BIS red flag 29; OFAC FAQ 398 caution). */
public record RedFlag(Code code, String explanation, OwnershipPath path, String citation) {
    public enum Code {
        /**
         * A listed (or derived-restricted) owner holds a stake at or above the red-flag threshold that no ownership
         * rule in force reaches: a significant minority, or 50% or more while no rule extends that list to owned
         * entities (e.g. the Entity List while the Affiliates Rule is suspended). The explanation says which.
         */
        LISTED_MINORITY_OWNER,
        /** A listed (or derived-restricted) owner holds a stake of unknown percentage. */
        LISTED_OWNER_PERCENT_UNKNOWN,
        /** An officer / board member is a listed person or also serves a listed or restricted party. */
        SHARED_OFFICER
    }

    public RedFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }
}
