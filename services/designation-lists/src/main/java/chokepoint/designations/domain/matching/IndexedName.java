package chokepoint.designations.domain.matching;

import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A list entry as the matcher sees it. {@code names}: primary first, then aliases; {@code weak}
 * parallel to names (OFAC "weak AKA"), may be empty. A weak alias can at most give
 * {@link Band#POSSIBLE}. {@code effectiveTo} is exclusive.
 */
public record IndexedName(String entryKey, String designationId, String list, PartyKind kind, String primaryName,
                          List<String> names, List<Boolean> weak, List<String> countries,
                          List<Identifier> identifiers, LocalDate effectiveFrom, LocalDate effectiveTo) {
    public IndexedName {
        Objects.requireNonNull(entryKey, "entryKey");
        names = names == null ? List.of() : List.copyOf(names);
        weak = weak == null ? List.of() : List.copyOf(weak);
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        kind = kind == null ? PartyKind.UNKNOWN : kind;
        if (!weak.isEmpty() && weak.size() != names.size()) {
            throw new IllegalArgumentException("weak must be empty or parallel to names");
        }
    }

    /** The same entry ending on {@code to} (a revision closed by a later one: its names never change). */
    public IndexedName withEffectiveTo(LocalDate to) {
        return new IndexedName(entryKey, designationId, list, kind, primaryName, names, weak, countries, identifiers, effectiveFrom, to);
    }

    boolean isWeak(int i) {
        return !weak.isEmpty() && Boolean.TRUE.equals(weak.get(i));
    }

    boolean effectiveOn(LocalDate d) {
        if (d == null) {
            return true;
        }
        return (effectiveFrom == null || !d.isBefore(effectiveFrom)) && (effectiveTo == null || d.isBefore(effectiveTo));
    }
}
