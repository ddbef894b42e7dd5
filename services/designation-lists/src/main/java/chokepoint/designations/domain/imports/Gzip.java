package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.imports.ImportException.Reason;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * gzip as every list input meets it: an uploaded {@code .csv.gz}, a download with
 * {@code Content-Encoding: gzip}, a {@code .gz} in a watched folder. Bounded (a gzip bomb stops at the
 * limit), and a stream that ends early or is corrupt is refused with a reason the caller can act on
 * (TRUNCATED_FILE, INVALID_GZIP, TOO_LARGE).
 */
public final class Gzip {

    private Gzip() {
    }

    public static boolean looksGzipped(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** The decompressed bytes, at most {@code maxBytes} of them. */
    public static byte[] gunzip(String part, byte[] raw, long maxBytes) throws ImportException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 65536)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, raw.length * 4L)));
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportException(Reason.TOO_LARGE, part, 0,
                            "gzip content decompresses to more than the limit of " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new ImportException(Reason.TRUNCATED_FILE, part, 0, "gzip stream ends early (no trailer): the file is truncated", e);
        } catch (ZipException e) {
            throw new ImportException(Reason.INVALID_GZIP, part, 0, "not a valid gzip stream: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(Reason.INVALID_GZIP, part, 0, "cannot decompress: " + e.getMessage(), e);
        }
    }
}
