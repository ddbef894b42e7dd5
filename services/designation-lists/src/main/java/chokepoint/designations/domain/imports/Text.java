package chokepoint.designations.domain.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small string helpers, no regex on hot paths. */
final class Text {

    private Text() {
    }

    /** Trims; null, blank and OFAC's "-0-" become null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty() || t.equals("-0-")) {
            return null;
        }
        return t;
    }

    /** Splits on ";" (the CSL/OFAC multi-value separator), trimming, dropping empties. */
    static List<String> splitSemicolon(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == ';') {
                String part = clean(s.substring(start, i));
                if (part != null) {
                    out.add(part);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Splits on a literal separator, trimming, dropping empties. */
    static List<String> split(String s, String sep) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        int start = 0;
        while (true) {
            int i = s.indexOf(sep, start);
            String part = clean(i < 0 ? s.substring(start) : s.substring(start, i));
            if (part != null) {
                out.add(part);
            }
            if (i < 0) {
                return out;
            }
            start = i + sep.length();
        }
    }

    static boolean isIso2(String s) {
        return s != null && s.length() == 2 && Character.isUpperCase(s.charAt(0)) && Character.isUpperCase(s.charAt(1))
                && s.charAt(0) < 128 && s.charAt(1) < 128;
    }

    /** Lower-case letters and digits only (NFKC-ish apostrophe/quote folding by dropping them). */
    static String alnumKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        String l = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whitespace collapsed, upper case: the key for "same name". */
    static String nameKey(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** ISO 15924 code of the dominant script of a name: Latn, Hani, Cyrl, Arab, ... or null. */
    static String script(String s) {
        Character.UnicodeScript best = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.COMMON || sc == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (best == null) {
                best = sc;
            } else if (best != sc) {
                if (best == Character.UnicodeScript.LATIN) {
                    best = sc; // a mixed name is listed under its non-Latin script
                }
            }
        }
        if (best == null) {
            return null;
        }
        switch (best) {
            case LATIN: return "Latn";
            case HAN: return "Hani";
            case CYRILLIC: return "Cyrl";
            case ARABIC: return "Arab";
            case HANGUL: return "Hang";
            case HIRAGANA: case KATAKANA: return "Jpan";
            case GREEK: return "Grek";
            case HEBREW: return "Hebr";
            case THAI: return "Thai";
            default:
                return null;
        }
    }
}
