package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Write-time validators for ownership facts. They return violations; they never throw. */
public final class StakeValidator {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private StakeValidator() {
    }

    /**
     * Parses an exact decimal percentage ("50", "33.33"): 0 &lt; p &lt;= 100, at most
     * {@value Percent#MAX_SCALE} decimals. "fifty", "-5", "100.01", "1e2" are rejected naming {@code field}.
     */
    public static Validated<BigDecimal> parsePercent(String field, String text) {
        if (text == null || text.isBlank()) {
            return new Validated<>(null, List.of(Violation.of(field, "percent is required (use an unknown stake for an unknown percentage)")));
        }
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches()) {
            return new Validated<>(null, List.of(Violation.of(field, "not a decimal percentage: '" + text + "'")));
        }
        BigDecimal p = new BigDecimal(t);
        if (p.signum() <= 0) {
            return new Validated<>(null, List.of(Violation.of(field, "percent must be greater than 0: " + t)));
        }
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new Validated<>(null, List.of(Violation.of(field, "percent must be at most 100: " + t)));
        }
        if (p.stripTrailingZeros().scale() > Percent.MAX_SCALE) {
            return new Validated<>(null, List.of(Violation.of(field, "at most " + Percent.MAX_SCALE + " decimals: " + t)));
        }
        return new Validated<>(p, List.of());
    }

    /** effectiveTo (exclusive) must be after effectiveFrom; from is required. */
    public static List<Violation> validateDates(LocalDate effectiveFrom, LocalDate effectiveTo) {
        if (effectiveFrom == null) {
            return List.of(Violation.of("effectiveFrom", "effectiveFrom is required"));
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            return List.of(new Violation("effectiveTo", "effectiveTo " + effectiveTo
                    + " must be after effectiveFrom " + effectiveFrom + " (effectiveTo is exclusive)", effectiveTo, null));
        }
        return List.of();
    }

    /**
     * Rejects stakes in one owned entity whose known percentages add up to more than 100 on any
     * date. Pass the stored stakes of the entity plus the incoming ones. Sums change only where an
     * interval starts or ends, so each start date and each end date is checked; one violation per
     * distinct offending date, naming the date and the sum. Stakes of other owned entities are checked per entity.
     */
    public static List<Violation> validateTotals(Collection<Stake> stakes) {
        Map<String, List<Stake>> byOwned = new TreeMap<>();
        for (Stake s : stakes) {
            byOwned.computeIfAbsent(s.ownedId(), k -> new ArrayList<>()).add(s);
        }
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<String, List<Stake>> e : byOwned.entrySet()) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (Stake s : e.getValue()) {
                dates.add(s.effectiveFrom());
                if (s.effectiveTo() != null) {
                    dates.add(s.effectiveTo());
                }
            }
            for (LocalDate d : dates) {
                long sum = 0;
                for (Stake s : e.getValue()) {
                    if (s.percentKnown() && s.inForceOn(d)) {
                        sum += Percent.toMicros(s.percent());
                    }
                }
                if (sum > Percent.ONE_HUNDRED) {
                    out.add(new Violation("percent", "stakes in " + e.getKey() + " add up to "
                            + Percent.render(sum) + "% on " + d + " (more than 100%)", d, Percent.fromMicros(sum)));
                }
            }
        }
        return out;
    }
}
