package chokepoint.designations.adapter.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Undoes gzip (a Content-Encoding, or a .gz file) before anything is imported, so that a
 * truncated stream (no trailer, wrong length or CRC) is found while the download can still be
 * retried, and the checksum is that of the content, not of one server's compression of it.
 */
final class Gzip {

    private Gzip() {
    }

    static boolean looksGzipped(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** Thrown for a stream that ends early or is corrupt. */
    static final class Broken extends IOException {
        final boolean truncated;

        Broken(boolean truncated, String message) {
            super(message);
            this.truncated = truncated;
        }
    }

    /** Thrown when the content decompresses to more than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    static byte[] gunzip(byte[] raw, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 65536)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, raw.length * 4L)));
            byte[] buf = new byte[65536];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge("gzip content decompresses to more than " + maxBytes + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new Broken(true, "the gzip stream ends early (no trailer): the download is truncated");
        } catch (TooLarge e) {
            throw e;
        } catch (IOException e) {
            throw new Broken(false, "the gzip stream is corrupt: " + e.getMessage());
        }
    }
}
