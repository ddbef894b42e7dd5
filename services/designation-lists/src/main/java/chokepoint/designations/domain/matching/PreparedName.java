package chokepoint.designations.domain.matching;

import java.util.List;

/**
 * A name after normalization: tokens (ASCII lowercase where a transliterator exists), their
 * lexicon class, and notes on what normalization did (for explanations).
 */
record PreparedName(String original, String[] tokens, byte[] classes, String script, List<String> notes, boolean hasDigits,
                    int[] letterMasks, Object[] givenVariants, boolean wadeGiles, WeightCache cache) {

    PreparedName(String original, String[] tokens, byte[] classes, String script, List<String> notes) {
        this(original, tokens, classes, script, notes, anyDigit(tokens), JaroWinkler.letterMasks(tokens),
                Lexicon.INSTANCE.givenVariantsOf(tokens), anyWadeGiles(tokens), new WeightCache());
    }

    private static boolean anyWadeGiles(String[] tokens) {
        for (String t : tokens) {
            if (WadeGiles.marked(t)) {
                return true;
            }
        }
        return false;
    }

    /** Token weights memoized for the last IDF source used (an index's statistics). */
    static final class WeightCache {
        private record Slot(Object owner, float[] weights) {
        }

        private volatile Slot slot;

        float[] get(Object idf) {
            Slot s = slot;
            return s != null && s.owner == idf ? s.weights : null;
        }

        void put(Object idf, float[] w) {
            slot = new Slot(idf, w);
        }
    }

    private static boolean anyDigit(String[] tokens) {
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isEmpty() {
        return tokens.length == 0;
    }

    String joined() {
        return String.join(" ", tokens);
    }
}
