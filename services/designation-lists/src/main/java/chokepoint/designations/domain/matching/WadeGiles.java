package chokepoint.designations.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wade-Giles (and the postal romanizations built on it) read as Hanyu Pinyin, syllable by syllable:
 * Mao Tse-tung = Mao Zedong, Hsi Chin-ping = Xi Jinping, Teng Hsiao-ping = Deng Xiaoping.
 *
 * <p>The rules are the standard correspondence tables (e.g. the Library of Congress romanization
 * conversion tables and the Wade-Giles article's table): initials hs = x; ch = zh/ch, or j/q
 * before i/ü (but chih = zhi/chi); ts, tz = z/c; ss, sz = s; j = r; k, p, t = g/k, b/p, d/t (the apostrophe that marks
 * aspiration is usually dropped in lists, so both readings are candidates); finals ih = i,
 * ieh = ie, ien = ian, ueh = ue, ung = ong, iung = iong, o = e after k/h and uo elsewhere,
 * erh = er, yu = you/yu, yen = yan, yeh = ye, tzu/ssu = zi/si.
 *
 * <p>Only a name with at least one syllable that pinyin cannot spell ({@link #marked}: hs-, ts-,
 * tz-, -ih, -ieh, -ien, -ung, ch+i+more, j before a/e/o ...) is converted, and each syllable takes
 * the pinyin candidate that the other name contains (the scorer keeps the better of both readings).
 */
final class WadeGiles {

    private WadeGiles() {
    }

    private static final Set<String> FINALS = Set.of("a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "erh", "i", "ia",
            "iang", "iao", "ieh", "ien", "ih", "in", "eh", "ing", "io", "iu", "iung", "o", "ou", "u", "ua", "uai", "uan", "uang", "ueh",
            "ui", "un", "ung", "uo");

    private static final String[] INITIALS = {"hs", "ch", "ts", "tz", "ss", "sz", "sh", "j", "k", "p", "t", "m", "n", "l", "f",
            "h", "s", "y", "w", "c", "z"};

    /** A syllable that is Wade-Giles and not pinyin. */
    static boolean marked(String t) {
        int n = t.length();
        if (n < 2 || n > 6) {
            return false;
        }
        boolean shape = t.startsWith("hs") || t.startsWith("ts") || t.startsWith("tz") || t.startsWith("ss") || t.startsWith("sz")
                || t.endsWith("ih") || t.endsWith("ieh") || t.endsWith("ien") || t.endsWith("ung") || t.endsWith("ueh")
                || t.equals("erh") || t.equals("yen") || t.equals("yeh")
                || (t.startsWith("ch") && n > 3 && t.charAt(2) == 'i')
                || (t.charAt(0) == 'j' && (t.charAt(1) == 'a' || t.charAt(1) == 'e' || t.charAt(1) == 'o'));
        return shape && parses(t);
    }

    /** Initial + a Wade-Giles final, letters only. */
    static boolean parses(String t) {
        if (FINALS.contains(t)) {
            return true;
        }
        for (String in : INITIALS) {
            if (t.startsWith(in) && t.length() > in.length() && FINALS.contains(t.substring(in.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Pinyin readings of a Wade-Giles syllable (the syllable itself when it does not parse). */
    static List<String> pinyin(String t) {
        List<String> out = new ArrayList<>(4);
        String init = "";
        String fin = t;
        if (!FINALS.contains(t)) {
            for (String in : INITIALS) {
                if (t.startsWith(in) && t.length() > in.length() && FINALS.contains(t.substring(in.length()))) {
                    init = in;
                    fin = t.substring(in.length());
                    break;
                }
            }
            if (init.isEmpty()) {
                out.add(t);
                return out;
            }
        }
        String[] inits = switch (init) {
            case "hs" -> new String[] {"x"};
            case "ch" -> fin.startsWith("i") && !fin.equals("ih") ? new String[] {"j", "q"} : fin.startsWith("u") ? new String[] {"zh", "ch", "j", "q"}
                    : new String[] {"zh", "ch"};
            case "ts", "tz" -> new String[] {"z", "c"};
            case "ss", "sz" -> new String[] {"s"};
            case "j" -> new String[] {"r"};
            case "k" -> new String[] {"g", "k"};
            case "p" -> new String[] {"b", "p"};
            case "t" -> new String[] {"d", "t"};
            default -> new String[] {init};
        };
        List<String> fins = new ArrayList<>(2);
        switch (fin) {
            case "ih" -> fins.add("i");
            case "ieh" -> fins.add("ie");
            case "ien" -> fins.add("ian");
            case "ueh" -> fins.add("ue");
            case "ung" -> fins.add("ong");
            case "iung" -> fins.add("iong");
            case "erh" -> fins.add("er");
            case "o" -> fins.add(init.equals("k") || init.equals("h") || init.isEmpty() ? "e" : "uo");
            case "u" -> {
                if (init.equals("ts") || init.equals("tz") || init.equals("ss") || init.equals("sz")) {
                    fins.add("i");
                } else if (init.equals("y")) {
                    fins.add("ou");
                    fins.add("u");
                } else {
                    fins.add("u");
                }
            }
            case "en" -> fins.add(init.equals("y") ? "an" : "en");
            case "eh" -> fins.add("e");
            default -> fins.add(fin);
        }
        if (init.equals("y") && fin.equals("eh")) {
            fins.set(0, "e");
        }
        for (String i : inits) {
            for (String f : fins) {
                out.add(i + f);
            }
        }
        return out;
    }

    /**
     * The name's tokens with each Wade-Giles syllable replaced by the pinyin reading found in the
     * other name (equal to one of its tokens, or joined with a neighbouring syllable's reading equal
     * to one: tse + tung = zedong), or null when the name has no marked syllable or nothing changed.
     */
    static String[] toPinyin(String[] t, String[] other) {
        boolean any = false;
        for (String x : t) {
            if (marked(x)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        List<List<String>> readings = new ArrayList<>(t.length);
        for (String x : t) {
            List<String> r = new ArrayList<>(parses(x) ? pinyin(x) : List.of());
            if (!r.contains(x)) {
                r.add(x);
            }
            readings.add(r);
        }
        String[] out = t.clone();
        boolean changed = false;
        for (int i = 0; i < t.length; i++) {
            String best = null;
            int bestRank = 0;
            for (String c : readings.get(i)) {
                int rank = 0;
                for (String o : other) {
                    if (o.equals(c)) {
                        rank = 2;
                    } else if (rank == 0 && (i + 1 < t.length && joins(c, readings.get(i + 1), o, false)
                            || i > 0 && joins(c, readings.get(i - 1), o, true))) {
                        rank = 1;
                    }
                }
                if (rank > bestRank) {
                    bestRank = rank;
                    best = c;
                }
            }
            if (best != null && !best.equals(t[i])) {
                out[i] = best;
                changed = true;
            }
        }
        return changed ? out : null;
    }

    /** {@code o} is {@code c} followed (or, when {@code before}, preceded) by one of the neighbour's readings. */
    private static boolean joins(String c, List<String> neighbour, String o, boolean before) {
        if (o.length() <= c.length() || !(before ? o.endsWith(c) : o.startsWith(c))) {
            return false;
        }
        for (String n : neighbour) {
            if (o.length() == c.length() + n.length() && (before ? o.startsWith(n) : o.endsWith(n))) {
                return true;
            }
        }
        return false;
    }
}
