package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bytes of an upload part to text: transparent gzip, size cap, strict UTF-8. */
final class Inputs {

    private Inputs() {
    }

    static String text(String part, byte[] raw, long maxBytes) throws ImportException {
        byte[] bytes = gunzipIfNeeded(part, raw, maxBytes);
        if (bytes.length > maxBytes) {
            throw new ImportException(Reason.TOO_LARGE, part, 0,
                    "part is " + bytes.length + " bytes, more than the limit of " + maxBytes);
        }
        String text = decodeUtf8(part, bytes);
        int start = 0;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            start = 1; // UTF-8 byte order mark
        }
        int end = text.length();
        // OFAC legacy files end with a DOS end-of-file byte (0x1A)
        while (end > start && (text.charAt(end - 1) == '\u001A' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        if (end <= start) {
            throw new ImportException(Reason.EMPTY_FILE, part, 0, "the part holds no data");
        }
        // keep the final line break so a CSV parser still sees a terminated last record
        int keepEnd = end;
        while (keepEnd < text.length() && (text.charAt(keepEnd) == '\r' || text.charAt(keepEnd) == '\n')) {
            keepEnd++;
        }
        return text.substring(start, keepEnd);
    }

    static byte[] gunzipIfNeeded(String part, byte[] raw, long maxBytes) throws ImportException {
        return Gzip.looksGzipped(raw) ? Gzip.gunzip(part, raw, maxBytes) : raw;
    }

    static String decodeUtf8(String part, byte[] bytes) throws ImportException {
        // fast path: the JDK decoder replaces bad sequences with U+FFFD; only then decode strictly
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int pos = in.position();
            long line = 1;
            for (int i = 0; i < pos && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(Reason.INVALID_UTF8, part, line,
                    String.format("byte 0x%02x at offset %d is not valid UTF-8 (the file must be UTF-8)",
                            bytes[Math.min(pos, bytes.length - 1)] & 0xff, pos));
        }
        out.flip();
        return out.toString();
    }
}
