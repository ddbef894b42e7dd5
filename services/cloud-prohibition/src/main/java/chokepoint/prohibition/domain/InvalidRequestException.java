package chokepoint.prohibition.domain;

/** Carries an {@link InvalidRequest} out of a mapper or factory. */
public final class InvalidRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InvalidRequest invalid;

    public InvalidRequestException(InvalidRequest invalid) {
        super(invalid.code() + " " + invalid.field() + ": " + invalid.message(), null, false, false);
        this.invalid = invalid;
    }

    public InvalidRequest invalid() {
        return invalid;
    }
}
