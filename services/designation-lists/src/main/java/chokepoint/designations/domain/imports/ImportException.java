package chokepoint.designations.domain.imports;

/**
 * A list file that cannot be imported. Nothing of the file is kept when this is thrown.
 * {@code part} names the upload part ("file", "sdn", "add", ...), {@code line} the 1-based
 * physical line where the offending record starts (0 when not tied to a line; for XML the
 * parser's line).
 */
public class ImportException extends Exception {

    public enum Reason {
        UNKNOWN_FORMAT,
        MISSING_PART,
        UNEXPECTED_PART,
        MISSING_LIST_NAME,
        EMPTY_FILE,
        TOO_LARGE,
        INVALID_UTF8,
        INVALID_GZIP,
        TRUNCATED_FILE,
        WRONG_COLUMNS,
        MALFORMED_CSV,
        MISSING_NAME,
        MISSING_ID,
        DUPLICATE_ID,
        BAD_DATE,
        BAD_VALUE,
        XML_DTD_FORBIDDEN,
        MALFORMED_XML,
        MALFORMED_JSON,
        /** A bug in the parser, reported instead of a RuntimeException; the file may be fine. */
        PARSER_ERROR
    }

    private final Reason reason;
    private final String part;
    private final long line;
    private final String detail;

    public ImportException(Reason reason, String part, long line, String detail) {
        super(format(reason, part, line, detail));
        this.reason = reason;
        this.part = part;
        this.line = line;
        this.detail = detail;
    }

    public ImportException(Reason reason, String part, long line, String detail, Throwable cause) {
        this(reason, part, line, detail);
        initCause(cause);
    }

    private static String format(Reason reason, String part, long line, String detail) {
        StringBuilder sb = new StringBuilder(reason.name());
        if (part != null) {
            sb.append(" in part '").append(part).append('\'');
        }
        if (line > 0) {
            sb.append(" at line ").append(line);
        }
        return sb.append(": ").append(detail).toString();
    }

    public Reason reason() {
        return reason;
    }

    public String part() {
        return part;
    }

    public long line() {
        return line;
    }

    /** The human explanation without the reason/part/line prefix. */
    public String detail() {
        return detail;
    }
}
