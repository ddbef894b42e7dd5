package chokepoint.paip.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Preset calibrations of a (b)(1) package, after the seed paper's "Consequences and calibration" discussion:
 * the menu ranges "from substantial economic isolation to relatively modest restrictions".
 */
public enum Calibration {
    /** "Substantial economic isolation": blocking, investment ban, banking and foreign-exchange prohibitions, Entity List. */
    SEVERE,
    /** "Signal disapproval without imposing crippling consequences": Ex-Im, procurement, IFI and U.S. loans, officer visas. */
    LEVERAGE;

    public static Optional<Calibration> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(t)).findFirst();
    }
}
