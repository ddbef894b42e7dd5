package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;

/**
 * Exact percentages. The public API uses {@link BigDecimal}; the engine stores them as exact
 * fixed-point longs in millionths of a percent (scale {@value #MAX_SCALE}), so sums are exact
 * decimal arithmetic with no rounding (inputs with more decimals are rejected by
 * {@link StakeValidator}). Doubles are never used.
 */
public final class Percent {
    public static final int MAX_SCALE = 6;
    static final long ONE_HUNDRED = 100_000_000L;
    static final long FIFTY = 50_000_000L;
    static final long UNKNOWN = -1L;

    private Percent() {
    }

    public static boolean isValid(BigDecimal p) {
        return p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) <= 0
                && p.stripTrailingZeros().scale() <= MAX_SCALE;
    }

    static long toMicros(BigDecimal p) {
        return p == null ? UNKNOWN : p.movePointRight(MAX_SCALE).setScale(0).longValueExact();
    }

    static BigDecimal fromMicros(long micros) {
        BigDecimal d = BigDecimal.valueOf(micros, MAX_SCALE).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** "50", "33.33", "?" for unknown. */
    static String render(long micros) {
        return micros == UNKNOWN ? "?" : fromMicros(micros).toPlainString();
    }
}
