package chokepoint.gateway.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Ids of screenings: {@code scr_} and the 32 hex digits of a UUID version 7 (RFC 9562 §5.7), whose first 48 bits
 * are the Unix time in milliseconds of the screening and whose other 74 bits (besides version and variant) are
 * random.
 *
 * <p>The id is the primary key of the audit table, which only grows (every screening, kept ten years). With
 * random ids (version 4, used before) every insert lands on a random page of that key's index, which stops
 * fitting in memory once the table is large, and after each checkpoint writes a full page image of each page it
 * touches first. Time-ordered ids put new rows at the index's right edge. Ids written before keep their form and
 * stay valid (they are spread through the index among the new ones; only new inserts are ordered). The random part
 * keeps ids unguessable, though reading one needs its tenant anyway.
 */
final class ScreeningIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ScreeningIds() {
    }

    static String next(Instant at) {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        long ms = at.toEpochMilli();
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (ms >>> (40 - 8 * i));
        }
        b[6] = (byte) ((b[6] & 0x0f) | 0x70); // version 7
        b[8] = (byte) ((b[8] & 0x3f) | 0x80); // variant 10 (RFC 9562)
        return "scr_" + HEX.formatHex(b);
    }
}
