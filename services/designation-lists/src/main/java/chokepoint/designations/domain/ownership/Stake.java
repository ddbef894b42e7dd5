package chokepoint.designations.domain.ownership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ownership fact: {@code ownerId} holds {@code percent} of {@code ownedId} from
 * {@code effectiveFrom} (inclusive) to {@code effectiveTo} (exclusive, null = open).
 * {@code percent} null means the percentage is UNKNOWN (never read as 0: it raises
 * {@link RedFlag.Code#LISTED_OWNER_PERCENT_UNKNOWN} when the owner is a listed party).
 * Percent is an exact decimal, 0 &lt; p &lt;= 100, at most {@value Percent#MAX_SCALE} decimals;
 * validate untrusted input with {@link StakeValidator} first (the constructor rejects
 * programming errors only).
 */
public record Stake(String ownerId, String ownedId, BigDecimal percent, LocalDate effectiveFrom,
                    LocalDate effectiveTo, String source) {
    public Stake {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(ownedId, "ownedId");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (percent != null && !Percent.isValid(percent)) {
            throw new IllegalArgumentException("percent out of range or too precise: " + percent);
        }
        if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo must be after effectiveFrom");
        }
    }

    /** Known percentage, open-ended from {@code from}. */
    public static Stake of(String ownerId, String ownedId, String percent, LocalDate from) {
        return new Stake(ownerId, ownedId, new BigDecimal(percent), from, null, null);
    }

    /** Unknown percentage, open-ended from {@code from}. */
    public static Stake unknown(String ownerId, String ownedId, LocalDate from) {
        return new Stake(ownerId, ownedId, null, from, null, null);
    }

    public boolean percentKnown() {
        return percent != null;
    }

    public boolean inForceOn(LocalDate asOf) {
        return Dates.inForce(effectiveFrom, effectiveTo, asOf);
    }
}
