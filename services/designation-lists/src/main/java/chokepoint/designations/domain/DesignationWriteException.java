package chokepoint.designations.domain;

import java.util.List;

/** A write refused for a stated reason; nothing was stored. */
public class DesignationWriteException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FAILED_PRECONDITION, PERMISSION_DENIED, UNAVAILABLE }

    private final Kind kind;
    private final String reason;
    private final String field;

    public DesignationWriteException(Kind kind, String reason, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.reason = reason;
        this.field = field;
    }

    public static DesignationWriteException of(List<DesignationRules.Violation> violations) {
        DesignationRules.Violation first = violations.get(0);
        String msg = violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new DesignationWriteException(Kind.INVALID, first.reason(), first.field(), msg);
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
