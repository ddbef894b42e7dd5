package chokepoint.designations.domain;

import java.util.Objects;

/**
 * An identifier of a party: {@code scheme} such as "LEI", "USCC" (Chinese unified social
 * credit code), "IMO", "PASSPORT", "REGISTRATION", or the source's own label; {@code country}
 * ISO-2 of the issuer when known.
 */
public record Identifier(String scheme, String value, String country) {
    public Identifier {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }
}
