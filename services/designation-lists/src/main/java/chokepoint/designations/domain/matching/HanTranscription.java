package chokepoint.designations.domain.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Chinese transcriptions of foreign names (贝拉克·奥巴马 for Barack Obama), in one place: how the
 * normalizer recognizes them, how the scorer compares their words with Latin ones, and which
 * readings retrieval looks up. {@link TextNormalizer} reads each part as one word (beilake aobama)
 * and labels the name {@link #SCRIPT}.
 */
final class HanTranscription {

    /** Script label of a Han name read as a transcription. */
    static final String SCRIPT = "Han transcription";

    private HanTranscription() {
    }

    /**
     * The separators Chinese writes between the parts of a transcribed foreign name (GB/T 15834:
     * middle dot U+00B7; also katakana middle dot U+30FB, hyphenation point U+2027 and bullet U+2022,
     * which stand in for it in practice).
     */
    static boolean isSeparator(char c) {
        return c == '\u00B7' || c == '\u30FB' || c == '\u2027' || c == '\u2022';
    }

    /** Han text with a name separator between two Han characters. */
    static boolean isForeignName(String s) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (isSeparator(s.charAt(i)) && Character.isIdeographic(s.codePointBefore(i)) && Character.isIdeographic(s.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two tokens keep the same consonants as a Chinese transcription hears them (Xinhua's
     * transcription tables: r is written l, voiced and voiceless stops share characters, a nasal
     * before g is one sound, vowels and h are added or dropped freely): Beilake = Barack, Aobama =
     * Obama, Telangpu = Trump. At least two consonant classes must remain.
     */
    static boolean sameSkeleton(String x, String y) {
        String sx = skeleton(x);
        return sx.length() >= 2 && sx.equals(skeleton(y));
    }

    static String skeleton(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char nx = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            char k;
            switch (c) {
                case 'b', 'p' -> k = 'p';
                case 'd', 't' -> k = 't';
                case 'g', 'k', 'q' -> k = (c == 'g' && b.length() > 0 && b.charAt(b.length() - 1) == 'n') ? 0 : 'k';
                case 'c' -> k = nx == 'e' || nx == 'i' || nx == 'y' || nx == 'h' ? 's' : 'k';
                case 'l', 'r' -> k = 'l';
                case 'm', 'n' -> k = 'n';
                case 'f', 'v', 'w' -> k = c == 'w' ? 0 : 'f';
                case 's', 'x', 'z', 'j' -> k = 's';
                default -> k = 0; // vowels, h, y
            }
            if (k != 0 && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
                b.append(k);
            }
        }
        return b.toString();
    }

    /**
     * A transcribed word as Chinese may have heard it, for retrieval by the index's skeleton keys:
     * l for r, a vowel added before an initial vowel (aobama for Obama).
     */
    static List<String> readings(String tok) {
        List<String> out = new ArrayList<>(3);
        out.add(tok.replace('l', 'r'));
        if (tok.length() > 2 && "aeiou".indexOf(tok.charAt(0)) >= 0 && "aeiou".indexOf(tok.charAt(1)) >= 0) {
            String rest = tok.substring(1);
            out.add(rest);
            out.add(rest.replace('l', 'r'));
        }
        return out;
    }
}
