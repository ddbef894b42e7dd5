package chokepoint.paip.application;

/** A referenced identification or package does not exist (gRPC NOT_FOUND with the reason and field). */
public class PaipNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String field;

    public PaipNotFound(String reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
