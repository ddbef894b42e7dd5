package chokepoint.designations.domain.matching;

/** Jaro-Winkler similarity (prefix scale 0.1, prefix up to 4), allocation-free for short strings. */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    /**
     * False when the similarity of two lowercase a-z strings cannot reach {@code threshold}: the
     * Jaro matches m are at most the letters of each string that occur in the other at all, Jaro is
     * then at most (m/|a| + m/|b| + 1)/3 and the Winkler prefix adds at most 0.4 of the rest. True
     * (undecided) for other characters. A few mask operations instead of the windowed scan.
     */
    public static boolean mayReach(String a, String b, double threshold) {
        return mayReach(a, letterMask(a), b, letterMask(b), threshold);
    }

    /** Bit c set for each letter 'a' + c of a lowercase a-z string; -1 for any other character. */
    static int letterMask(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) - 'a';
            if (c < 0 || c > 25) {
                return -1;
            }
            m |= 1 << c;
        }
        return m;
    }

    static int[] letterMasks(String[] t) {
        int[] m = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            m[i] = letterMask(t[i]);
        }
        return m;
    }

    /** {@link #mayReach(String, String, double)} with the strings' precomputed {@link #letterMask}s. */
    static boolean mayReach(String a, int ma, String b, int mb, double threshold) {
        if (ma == -1 || mb == -1) {
            return true;
        }
        if ((ma & mb) == 0) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        int ca = 0;
        for (int i = 0; i < la; i++) {
            if ((mb & (1 << (a.charAt(i) - 'a'))) != 0) {
                ca++;
            }
        }
        int cb = 0;
        for (int i = 0; i < lb; i++) {
            if ((ma & (1 << (b.charAt(i) - 'a'))) != 0) {
                cb++;
            }
        }
        int m = Math.min(ca, cb);
        if (m == 0) {
            return false;
        }
        double jaro = (m / (double) la + m / (double) lb + 1.0) / 3.0;
        return jaro + 0.4 * (1 - jaro) >= threshold - 1e-9;
    }

    public static double similarity(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return la == lb ? 1.0 : 0.0;
        }
        if (la > 64 || lb > 64) {
            return similarityLong(a, b);
        }
        int range = Math.max(0, Math.max(la, lb) / 2 - 1);
        long aMatched = 0;
        long bMatched = 0;
        int m = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int lo = Math.max(0, i - range);
            int hi = Math.min(lb - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                if ((bMatched & (1L << j)) == 0 && b.charAt(j) == c) {
                    aMatched |= 1L << i;
                    bMatched |= 1L << j;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int t = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((aMatched & (1L << i)) != 0) {
                while ((bMatched & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        return winkler(a, b, m, t / 2.0, la, lb);
    }

    private static double winkler(CharSequence a, CharSequence b, int m, double t, int la, int lb) {
        double jaro = (m / (double) la + m / (double) lb + (m - t) / m) / 3.0;
        int p = 0;
        int max = Math.min(4, Math.min(la, lb));
        while (p < max && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        return jaro + p * 0.1 * (1 - jaro);
    }

    private static double similarityLong(CharSequence a, CharSequence b) {
        int la = a.length();
        int lb = b.length();
        int range = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] am = new boolean[la];
        boolean[] bm = new boolean[lb];
        int m = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - range);
            int hi = Math.min(lb - 1, i + range);
            for (int j = lo; j <= hi; j++) {
                if (!bm[j] && a.charAt(i) == b.charAt(j)) {
                    am[i] = true;
                    bm[j] = true;
                    m++;
                    break;
                }
            }
        }
        if (m == 0) {
            return 0.0;
        }
        int t = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (am[i]) {
                while (!bm[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        return winkler(a, b, m, t / 2.0, la, lb);
    }
}
