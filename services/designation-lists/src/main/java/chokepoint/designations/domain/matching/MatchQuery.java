package chokepoint.designations.domain.matching;

import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A screening query. {@code kind} and {@code countries} are evidence (small score adjustments),
 * never filters; {@code lists} empty = all lists; {@code asOf} null = ignore effective dates;
 * {@code limit} &lt;= 0 means 10.
 */
public record MatchQuery(String name, PartyKind kind, List<String> countries, List<Identifier> identifiers,
                         Set<String> lists, int limit, LocalDate asOf) {
    public MatchQuery {
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        lists = lists == null ? Set.of() : Set.copyOf(lists);
        if (limit <= 0) {
            limit = 10;
        }
    }

    public static MatchQuery of(String name) {
        return new MatchQuery(name, null, List.of(), List.of(), Set.of(), 10, null);
    }
}
