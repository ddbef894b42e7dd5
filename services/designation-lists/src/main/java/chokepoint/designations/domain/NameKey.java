package chokepoint.designations.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/**
 * The plain key of a name for exact lookups and text filters: NFKC, case folded, punctuation
 * to spaces, spaces collapsed. Fuzzy matching lives in {@code domain.matching}.
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    /** "|key1|key2|": every name's key between bars, so "|key|" finds an exact name. */
    public static String searchText(Collection<String> names) {
        StringBuilder b = new StringBuilder("|");
        for (String n : names) {
            String k = of(n);
            if (!k.isEmpty()) {
                b.append(k).append('|');
            }
        }
        return b.toString();
    }
}
