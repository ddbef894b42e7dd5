package chokepoint.designations.domain;

import java.util.Objects;

/**
 * Another name of a designated party. OFAC marks some a.k.a.s "weak" (low quality, not to be
 * screened alone: OFAC FAQ 91); {@code script} is the ISO 15924 code (e.g. "Latn", "Hani").
 */
public record Alias(String name, boolean weak, String script) {
    public Alias {
        Objects.requireNonNull(name, "name");
    }

    public static Alias strong(String name) {
        return new Alias(name, false, null);
    }
}
