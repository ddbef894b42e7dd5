package chokepoint.paip.domain;

import java.util.Objects;

/**
 * One reason a PAIP request is refused: a reason code, the statutory citation it rests on, the field
 * at fault (a proto/JSON field path such as "package.measures[3]", or "" for the request as a whole), and a
 * human-readable message.
 */
public record Violation(ReasonCode reason, String citation, String field, String message) {

    public Violation {
        Objects.requireNonNull(reason, "reason");
        citation = citation == null ? "" : citation;
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    /** Builds a violation whose citation is a subsection of 50 U.S.C. 1709, e.g. "(b)(1)". */
    public static Violation of(ReasonCode reason, String subsection, String field, String message) {
        return new Violation(reason, subsection == null || subsection.isEmpty() ? "" : Statute.cite(subsection), field, message);
    }

    /** Whether the adapter should answer FAILED_PRECONDITION (true) or INVALID_ARGUMENT (false). */
    public boolean precondition() {
        return reason.precondition();
    }
}
