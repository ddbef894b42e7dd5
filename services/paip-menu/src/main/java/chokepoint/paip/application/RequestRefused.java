package chokepoint.paip.application;

/** A write refused for a reason outside the statute (e.g. a request id reused for another operation): FAILED_PRECONDITION. */
public class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String field;
    private final boolean invalidArgument;

    public RequestRefused(String reason, String field, String message, boolean invalidArgument) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
        this.invalidArgument = invalidArgument;
    }

    public String reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public boolean invalidArgument() {
        return invalidArgument;
    }
}
