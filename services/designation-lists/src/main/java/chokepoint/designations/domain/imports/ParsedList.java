package chokepoint.designations.domain.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The result of a successful parse: every record, the lists they belong to with counts, and
 * warnings about things the parser did not reject but a human should know (unknown CSL
 * source mapped to a derived id, duplicate rows collapsed, unmapped country names, ...).
 */
public record ParsedList(ImportFormat format, List<ListRecord> records, Map<String, Integer> countsByList,
                         List<String> warnings, List<Edition> editions) {

    /**
     * The list as it stood on one date, for a file that holds a list's history (DoD's Section 1260H list across
     * its editions): the entries in force that day, each as the rows listed by then describe it.
     */
    public record Edition(LocalDate asOf, List<ListRecord> records) {
        public Edition {
            records = List.copyOf(records);
        }
    }

    public ParsedList {
        records = List.copyOf(records);
        countsByList = Collections.unmodifiableMap(new TreeMap<>(countsByList));
        warnings = List.copyOf(warnings);
        editions = List.copyOf(editions);
    }

    static ParsedList of(ImportFormat format, List<ListRecord> records, List<String> warnings) {
        return of(format, records, warnings, List.of());
    }

    /**
     * A history: {@code records} are every entry the file names, each as its newest row describes it (with its
     * removal date, if any), {@code editions} the list on each date it changed, oldest first.
     */
    static ParsedList of(ImportFormat format, List<ListRecord> records, List<String> warnings, List<Edition> editions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ListRecord r : records) {
            counts.merge(r.list(), 1, Integer::sum);
        }
        return new ParsedList(format, records, counts, new ArrayList<>(warnings), editions);
    }

    /**
     * The edition in force on {@code day} (the newest not after it), or null when the file lists nothing that early
     * or holds no history.
     */
    public Edition editionOn(LocalDate day) {
        Edition found = null;
        for (Edition e : editions) {
            if (!e.asOf().isAfter(day)) {
                found = e;
            }
        }
        return found;
    }

    /** The list ids covered by this file (sorted). */
    public Set<String> lists() {
        return countsByList.keySet();
    }

    public int count(String list) {
        return countsByList.getOrDefault(list, 0);
    }

    public List<ListRecord> recordsOf(String list) {
        List<ListRecord> out = new ArrayList<>();
        for (ListRecord r : records) {
            if (r.list().equals(list)) {
                out.add(r);
            }
        }
        return out;
    }
}
