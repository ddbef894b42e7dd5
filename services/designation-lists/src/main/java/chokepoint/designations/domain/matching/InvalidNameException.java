package chokepoint.designations.domain.matching;

/** A name the matcher refuses, with a machine-readable reason. */
public final class InvalidNameException extends IllegalArgumentException {

    public enum Reason {
        /** null. */
        NULL,
        /** Longer than {@link MatchConfig#maxNameLength()}. */
        TOO_LONG,
        /** Contains a control character other than tab/CR/LF. */
        CONTROL_CHARACTER,
        /** Contains an unpaired UTF-16 surrogate. */
        LONE_SURROGATE,
        /** Nothing matchable left: empty, whitespace or punctuation only. */
        EMPTY
    }

    private final Reason reason;

    public InvalidNameException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
