package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;

/** What designation-lists resolved about the customer as of a date (mirror of designations.v1.PartyFacts). */
public record PartyFacts(List<Hit> hits, List<DerivedStatus> derived, List<RedFlag> redFlags,
                         List<ListStatus> lists, LocalDate asOf) {
    public PartyFacts {
        hits = hits == null ? List.of() : List.copyOf(hits);
        derived = derived == null ? List.of() : List.copyOf(derived);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        lists = lists == null ? List.of() : List.copyOf(lists);
    }
}
