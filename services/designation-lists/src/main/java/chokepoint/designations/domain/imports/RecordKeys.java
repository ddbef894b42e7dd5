package chokepoint.designations.domain.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable keys for entries the source gives no number (CSL rows of BIS and State lists,
 * custom lists without an id column), and duplicate handling.
 *
 * <p>Key = "N" + first 16 hex of SHA-256 of the upper-cased, whitespace-collapsed name.
 * It survives changes of addresses, citations and policy, so a re-import reports the entry
 * as changed rather than removed+added. When several entries of one list share a name
 * (DPL lists the same person under several orders), each of them gets
 * "N&lt;name hash&gt;-&lt;first 8 hex of its content fingerprint&gt;" instead. Rows that are
 * identical in every field are collapsed to one, with a warning; rows with the same
 * published number but different content keep the first key and get "#2", "#3", ... in
 * file order, with a warning.
 */
final class RecordKeys {

    private RecordKeys() {
    }

    static final String PENDING = "\u0000pending";

    static String nameKey(String name) {
        return "N" + ListRecord.sha256Hex(Text.nameKey(name)).substring(0, 16);
    }

    /** Assigns keys to records whose id is {@link #PENDING} and resolves duplicates. */
    static List<ListRecord> finish(List<ListRecord> in, List<String> warnings) {
        return finish(in, null, warnings);
    }

    /**
     * @param raw per record, the published row without volatile columns (CSL "_id"), or null:
     *            when given it tells apart same-name rows (instead of the parsed content), so two
     *            published rows that differ only in how a citation is written stay two records
     */
    static List<ListRecord> finish(List<ListRecord> in, List<String> raw, List<String> warnings) {
        // 1. name keys for pending records, per list
        Map<String, Integer> nameCount = new HashMap<>();
        for (ListRecord r : in) {
            if (r.sourceRecordId().equals(PENDING)) {
                nameCount.merge(r.list() + "\u0000" + nameKey(r.name()), 1, Integer::sum);
            }
        }
        List<ListRecord> keyed = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            ListRecord r = in.get(i);
            if (r.sourceRecordId().equals(PENDING)) {
                String nk = nameKey(r.name());
                if (nameCount.get(r.list() + "\u0000" + nk) == 1) {
                    keyed.add(r.withSourceRecordId(nk));
                } else {
                    String content = raw != null && raw.get(i) != null
                            ? ListRecord.sha256Hex(raw.get(i)).substring(0, 8)
                            : r.withSourceRecordId("").fingerprint().substring(0, 8);
                    keyed.add(r.withSourceRecordId(nk + "-" + content));
                }
            } else {
                keyed.add(r);
            }
        }
        // 2. duplicates
        Map<String, ListRecord> seen = new LinkedHashMap<>();
        List<ListRecord> out = new ArrayList<>(keyed.size());
        int collapsed = 0;
        for (ListRecord r : keyed) {
            String k = r.list() + "\u0000" + r.sourceRecordId();
            ListRecord prev = seen.get(k);
            if (prev == null) {
                seen.put(k, r);
                out.add(r);
                continue;
            }
            if (prev.fingerprint().equals(r.fingerprint())) {
                collapsed++;
                warnings.add("duplicate row collapsed: list " + r.list() + ", id " + r.sourceRecordId()
                        + " ('" + r.name() + "') appears more than once with identical content");
                continue;
            }
            int n = 2;
            while (seen.containsKey(k + "#" + n)) {
                n++;
            }
            ListRecord renamed = r.withSourceRecordId(r.sourceRecordId() + "#" + n);
            seen.put(k + "#" + n, renamed);
            out.add(renamed);
            warnings.add("list " + r.list() + ": id " + r.sourceRecordId() + " is used by different entries; '"
                    + r.name() + "' kept as " + renamed.sourceRecordId());
        }
        return out;
    }
}
