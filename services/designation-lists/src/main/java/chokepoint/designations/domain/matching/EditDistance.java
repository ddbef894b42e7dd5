package chokepoint.designations.domain.matching;

/**
 * Bounded Damerau-Levenshtein distance (optimal string alignment: insertion, deletion,
 * substitution, transposition of two adjacent letters), for the edit-count rules of
 * {@link NameScorer}: the scorer only needs to know whether two tokens are 0, 1, 2 or more edits
 * apart, so the computation stops as soon as the distance exceeds the bound.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The distance when it is at most {@code max}, otherwise {@code max + 1}. */
    static int bounded(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        if (max == 1 || la + lb > 128) {
            return max == 1 ? (oneEdit(a, b) ? 1 : 2) : max + 1;
        }
        // three rolling rows of the OSA matrix; short tokens, small arrays
        int[] pp = new int[lb + 1];
        int[] p = new int[lb + 1];
        int[] c = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            p[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            c[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                char bj = b.charAt(j - 1);
                int v = Math.min(Math.min(p[j] + 1, c[j - 1] + 1), p[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    v = Math.min(v, pp[j - 2] + 1);
                }
                c[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = pp;
            pp = p;
            p = c;
            c = t;
        }
        return Math.min(p[lb], max + 1);
    }

    /** Exactly one insertion, deletion, substitution or adjacent transposition apart. */
    static boolean oneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int i = 0;
            while (i < la && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            if (i == la) {
                return false; // equal
            }
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // transposition
        }
        if (Math.abs(la - lb) != 1) {
            return false;
        }
        String s = la < lb ? a : b;
        String l = la < lb ? b : a;
        int i = 0;
        while (i < s.length() && s.charAt(i) == l.charAt(i)) {
            i++;
        }
        return s.regionMatches(i, l, i + 1, s.length() - i);
    }
}
