package chokepoint.bench.matching;

import chokepoint.designations.domain.NameKey;
import chokepoint.designations.domain.matching.IndexedName;
import chokepoint.designations.domain.matching.JaroWinkler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Baseline: scan every name and alias, Jaro-Winkler of the whole normalized string (NameKey:
 * NFKC, lower case, punctuation to spaces), keep the best per entry, top k. What OFAC-style
 * search tools do without an index.
 */
public final class BruteForceJw {

    private final String[] names;
    private final int[] entry;
    private final IndexedName[] entries;

    public BruteForceJw(List<IndexedName> list) {
        List<String> n = new ArrayList<>();
        List<Integer> e = new ArrayList<>();
        entries = list.toArray(new IndexedName[0]);
        for (int i = 0; i < entries.length; i++) {
            for (String s : entries[i].names()) {
                n.add(NameKey.of(s));
                e.add(i);
            }
        }
        names = n.toArray(new String[0]);
        entry = e.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Entry keys of the best k entries. */
    public String[] search(String query, int k) {
        String q = NameKey.of(query);
        double[] best = new double[entries.length];
        for (int i = 0; i < names.length; i++) {
            double s = JaroWinkler.similarity(q, names[i]);
            if (s > best[entry[i]]) {
                best[entry[i]] = s;
            }
        }
        Integer[] idx = new Integer[entries.length];
        // partial top-k selection
        double[] topS = new double[k];
        int[] topI = new int[k];
        Arrays.fill(topS, -1);
        for (int i = 0; i < best.length; i++) {
            double s = best[i];
            if (s > topS[k - 1]) {
                int p = k - 1;
                while (p > 0 && topS[p - 1] < s) {
                    topS[p] = topS[p - 1];
                    topI[p] = topI[p - 1];
                    p--;
                }
                topS[p] = s;
                topI[p] = i;
            }
        }
        String[] out = new String[k];
        for (int i = 0; i < k; i++) {
            out[i] = topS[i] < 0 ? null : entries[topI[i]].entryKey();
        }
        return out;
    }
}
