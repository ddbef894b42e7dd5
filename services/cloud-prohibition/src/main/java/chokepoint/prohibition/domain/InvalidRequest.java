package chokepoint.prohibition.domain;

import java.util.Objects;

/**
 * A validation failure as a value: a code, the offending field (proto field path, e.g. "service.eccn"),
 * and a message safe to show a client (never an exception message or stack).
 */
public record InvalidRequest(ValidationCode code, String field, String message) {
    public InvalidRequest {
        Objects.requireNonNull(code, "code");
        field = field == null ? "" : field;
        message = message == null ? "" : message;
    }

    public InvalidRequestException toException() {
        return new InvalidRequestException(this);
    }
}
