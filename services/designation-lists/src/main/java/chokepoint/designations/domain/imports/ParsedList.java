package chokepoint.designations.domain.imports;

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
                         List<String> warnings) {

    public ParsedList {
        records = List.copyOf(records);
        countsByList = Collections.unmodifiableMap(new TreeMap<>(countsByList));
        warnings = List.copyOf(warnings);
    }

    static ParsedList of(ImportFormat format, List<ListRecord> records, List<String> warnings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ListRecord r : records) {
            counts.merge(r.list(), 1, Integer::sum);
        }
        return new ParsedList(format, records, counts, new ArrayList<>(warnings));
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
