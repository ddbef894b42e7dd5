package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * RFC 4180 rows with the physical line each starts on; commons-csv failures become
 * {@link ImportException}s (unterminated quote at EOF gives TRUNCATED_FILE).
 */
final class CsvRows implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .get();

    private final String part;
    private final CSVParser parser;
    private final Iterator<CSVRecord> it;
    private long nextStartLine = 1;
    private long line;
    private CSVRecord current;

    CsvRows(String part, String text) throws ImportException {
        this.part = part;
        try {
            this.parser = CSVParser.parse(text, FORMAT);
        } catch (IOException e) {
            throw new ImportException(Reason.MALFORMED_CSV, part, 0, e.getMessage(), e);
        }
        this.it = parser.iterator();
    }

    /** Advances; false at the end. */
    boolean next() throws ImportException {
        try {
            if (!it.hasNext()) {
                return false;
            }
            current = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("EOF reached before encapsulated token finished")) {
                throw new ImportException(Reason.TRUNCATED_FILE, part, nextStartLine,
                        "a quoted field opened here is never closed: the file ends inside it", e);
            }
            throw new ImportException(Reason.MALFORMED_CSV, part, nextStartLine, "invalid CSV: " + msg, e);
        }
        line = firstContentLine(current);
        nextStartLine = parser.getCurrentLineNumber() + 1;
        return true;
    }

    private long firstContentLine(CSVRecord r) {
        // empty lines are skipped by the parser; the record ends on getCurrentLineNumber()
        long end = parser.getCurrentLineNumber();
        long span = 0;
        for (String v : r.values()) {
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '\n') {
                    span++;
                }
            }
        }
        long start = end - span;
        return Math.max(start, nextStartLine);
    }

    /** Line the current record starts on (1-based). */
    long line() {
        return line;
    }

    int size() {
        return current.size();
    }

    String get(int i) {
        return current.get(i);
    }

    String[] values() {
        return current.values();
    }

    String part() {
        return part;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading from a String: nothing to release
        }
    }
}
