package chokepoint.designations.domain.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The feature combination that scores one query name against one list name (one alias).
 *
 * <ol>
 *   <li>Token merge/split: adjacent tokens whose concatenation equals (or, from 6 letters, nearly
 *       equals: JW ≥ 0.93) a token on the other side are joined ("zhi pu" = "zhipu", "al qaida" =
 *       "alqaeda"); words whose initials spell a 2-4 letter token on the other side are joined and
 *       match it at 0.85 ("JC" = "Jean Claude", "PLA" = "People's Liberation Army").</li>
 *   <li>Token weights: lexicon class (legal form 0.05, generic company word 0.25, particle 0.35,
 *       other 1.0; single-letter initials 0.5) times an IDF factor from the indexed corpus
 *       (rare tokens count fully, tokens in many list names count less).</li>
 *   <li>Token similarity: equal = 1; digits must be equal; initials match a token with the same
 *       first letter (0.8) for persons/unknown; otherwise Jaro-Winkler, zero below 0.82 (0.92 for
 *       tokens of 3 letters or fewer), mapped to 1 - 3*(1-jw), times 0.6 when one token is less
 *       than 2/3 the other's length (a prefix is not the name); digits read as letters when only
 *       one side has digits (leetspeak, OCR).</li>
 *   <li>Tokens romanized from Han or Hangul shorter than 5 letters must be equal (syllables).</li>
 *   <li>Order-free greedy alignment of best token pairs (so "SURNAME, Given" = "Given SURNAME").</li>
 *   <li>Score = weighted Dice: sum over pairs of sim*2*min(wq,wl) / (sum wq + sum wl). Unmatched
 *       extra tokens are the penalty (patronymics weigh 0.4, geography 0.35). Extra words on one
 *       side only (the other side's ordinary words all matched, at least two, and, in an index,
 *       carrying IDF factors summing to 2.5 or more) weigh 0.5: a middle name or branch word.
 *       Unmatched ordinary words on both sides (a substituted name part: AL-DULAIMI vs
 *       AL-TIKRITI) cost 0.1.</li>
 *   <li>Short names: a single-token name scores at most 0.9 unless identical; when only
 *       common words (legal forms, generic company words, geography, particles) matched, at most
 *       0.75.</li>
 *   <li>Different legal forms on both sides (AG vs GmbH; not among the interchangeable
 *       Co./Ltd./LLC/Inc./Corp. family): -0.1.</li>
 * </ol>
 */
final class NameScorer {

    /** IDF factor of a token, 1 = rare. */
    interface Idf {
        float factor(String token);

        Idf NONE = t -> 1f;
    }

    private NameScorer() {
    }

    static double score(PreparedName q, PreparedName l, boolean personish, Idf idf, List<String> explain) {
        String[] a = q.tokens();
        byte[] ac = q.classes();
        String[] b = l.tokens();
        byte[] bc = l.classes();
        // 1. merge adjacent tokens to meet the other side's tokens
        Object[] ma = merge(a, ac, b);
        if (ma != null) {
            a = (String[]) ma[0];
            ac = (byte[]) ma[1];
        }
        Object[] mb = merge(b, bc, a);
        if (mb != null) {
            b = (String[]) mb[0];
            bc = (byte[]) mb[1];
        }
        if ((ma != null || mb != null) && explain != null) {
            explain.add("joined split words");
        }
        int na = a.length;
        int nb = b.length;
        // romanized syllables (pinyin, Hangul): "jia" and "jian" are different names, no fuzzy match
        boolean strictShort = TextNormalizer.isSyllabic(q.script()) || TextNormalizer.isSyllabic(l.script());
        float[] wa = ma == null ? cachedWeights(q, idf) : weights(a, ac, idf);
        float[] wb = mb == null ? cachedWeights(l, idf) : weights(b, bc, idf);
        // 2. similarity pairs
        int np = 0;
        long[] pairs = new long[na * nb];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                float s = a[i].equals(b[j]) ? (ac[i] == Lexicon.INITIALS || bc[j] == Lexicon.INITIALS ? 0.85f : 1f)
                        : strictShort && (a[i].length() < 5 || b[j].length() < 5) ? 0f
                        : tokenSim(a[i], b[j], personish, q.hasDigits() || l.hasDigits());
                if (s > 0) {
                    pairs[np] = ((long) Float.floatToIntBits(s) << 32) | ((long) i << 16) | j;
                    np++;
                }
            }
        }
        // sort pairs by similarity desc (floats >0 compare like ints)
        java.util.Arrays.sort(pairs, 0, np);
        long usedA = 0;
        long usedB = 0;
        double num = 0;
        int matchedNormalA = 0;
        int matchedNormalB = 0;
        StringBuilder matchedText = explain == null ? null : new StringBuilder();
        for (int k = np - 1; k >= 0; k--) {
            long p = pairs[k];
            int i = (int) ((p >> 16) & 0xFFFF);
            int j = (int) (p & 0xFFFF);
            if ((usedA & (1L << i)) != 0 || (usedB & (1L << j)) != 0) {
                continue;
            }
            float s = Float.intBitsToFloat((int) (p >>> 32));
            usedA |= 1L << i;
            usedB |= 1L << j;
            num += s * 2 * Math.min(wa[i], wb[j]);
            if (ac[i] == Lexicon.NORMAL || ac[i] == Lexicon.INITIALS) {
                matchedNormalA++;
            }
            if (bc[j] == Lexicon.NORMAL || bc[j] == Lexicon.INITIALS) {
                matchedNormalB++;
            }
            if (matchedText != null) {
                if (matchedText.length() > 0) {
                    matchedText.append(", ");
                }
                matchedText.append(a[i]);
                if (!a[i].equals(b[j])) {
                    matchedText.append('~').append(b[j]);
                }
                matchedText.append(' ').append(fmt2(s));
            }
        }
        int normalA = countNormal(ac);
        int normalB = countNormal(bc);
        // one-sided extra words (a middle name, a branch word) cost less than substituted words
        double extraA = 1.0;
        double extraB = 1.0;
        boolean allA = matchedNormalA == normalA;
        boolean allB = matchedNormalB == normalB;
        if (allA && !allB && matchedNormalA >= 2 && informative(a, ac, usedA, idf)) {
            extraB = EXTRA;
        } else if (allB && !allA && matchedNormalB >= 2 && informative(b, bc, usedB, idf)) {
            extraA = EXTRA;
        }
        boolean substituted = !allA && !allB;
        double den = 0;
        double unmatchedW = 0;
        StringBuilder unmatched = explain == null ? null : new StringBuilder();
        for (int i = 0; i < na; i++) {
            if ((usedA & (1L << i)) != 0) {
                den += wa[i];
            } else {
                den += wa[i] * extraA;
                unmatchedW += wa[i];
                if (unmatched != null && wa[i] > 0.1) {
                    unmatched.append(unmatched.length() > 0 ? ", " : "").append(a[i]);
                }
            }
        }
        for (int j = 0; j < nb; j++) {
            if ((usedB & (1L << j)) != 0) {
                den += wb[j];
            } else {
                den += wb[j] * extraB;
                unmatchedW += wb[j];
                if (unmatched != null && wb[j] > 0.1) {
                    unmatched.append(unmatched.length() > 0 ? ", " : "").append(b[j]);
                }
            }
        }
        double score = den <= 0 ? 0 : num / den;
        if (substituted && score > 0) {
            score -= SUBST;
            if (explain != null) {
                explain.add("words differ on both sides: -" + fmt2(SUBST));
            }
        }
        if (legalMismatch(a, ac, b, bc)) {
            score -= 0.1;
            if (explain != null) {
                explain.add("different legal forms: -0.10");
            }
        }
        boolean identical = java.util.Arrays.equals(a, b) && indexOf(ac, Lexicon.INITIALS) < 0 && indexOf(bc, Lexicon.INITIALS) < 0;
        if (identical) {
            score = 1.0;
        } else if ((normalA <= 1 || normalB <= 1) && score > 0.9) {
            score = 0.9;
            if (explain != null) {
                explain.add("single-word name: capped at 0.90 unless identical");
            }
        }
        if (!identical && matchedNormalA == 0 && matchedNormalB == 0 && score > 0.75) {
            score = 0.75;
            if (explain != null) {
                explain.add("only common words matched: capped at 0.75");
            }
        }
        if (explain != null) {
            explain.add("matched words: " + (matchedText.length() == 0 ? "none" : matchedText));
            if (unmatched.length() > 0) {
                explain.add("unmatched words: " + unmatched);
            }
        }
        return Math.min(1.0, score);
    }

    /** Anglo-style company forms used interchangeably in translations of Chinese/Russian names. */
    private static final java.util.Set<String> GENERIC_COMPANY = java.util.Set.of(
            "co", "ltd", "llc", "inc", "corp", "plc", "pte", "pvt", "pty", "lp", "llp", "jsc");

    /** Both names state a legal form and they share none (AG vs GmbH, ANO vs LLC). */
    private static boolean legalMismatch(String[] a, byte[] ac, String[] b, byte[] bc) {
        boolean anyA = false;
        boolean anyB = false;
        boolean onlyGenericA = true;
        boolean onlyGenericB = true;
        for (int i = 0; i < a.length; i++) {
            if (ac[i] == Lexicon.LEGAL) {
                anyA = true;
                onlyGenericA &= GENERIC_COMPANY.contains(a[i]);
                for (int j = 0; j < b.length; j++) {
                    if (bc[j] == Lexicon.LEGAL && a[i].equals(b[j])) {
                        return false;
                    }
                }
            }
        }
        for (int j = 0; j < b.length; j++) {
            if (bc[j] == Lexicon.LEGAL) {
                anyB = true;
                onlyGenericB &= GENERIC_COMPANY.contains(b[j]);
            }
        }
        return anyA && anyB && !(onlyGenericA && onlyGenericB);
    }

    /** Fast fixed 2-decimal formatting (String.format is slow on the query path). */
    static String fmt2(double v) {
        long r = Math.round(v * 100);
        return (r / 100) + "." + (r % 100 < 10 ? "0" : "") + (r % 100);
    }

    /** Fast fixed 3-decimal formatting. */
    static String fmt3(double v) {
        long r = Math.round(v * 1000);
        long f = r % 1000;
        return (r / 1000) + "." + (f < 10 ? "00" : f < 100 ? "0" : "") + f;
    }

    private static int countNormal(byte[] c) {
        int n = 0;
        for (byte x : c) {
            if (x == Lexicon.NORMAL || x == Lexicon.INITIALS) {
                n++;
            }
        }
        return n;
    }

    private static float[] cachedWeights(PreparedName p, Idf idf) {
        float[] w = p.cache().get(idf);
        if (w == null) {
            w = weights(p.tokens(), p.classes(), idf);
            p.cache().put(idf, w);
        }
        return w;
    }

    private static float[] weights(String[] t, byte[] c, Idf idf) {
        float[] w = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            float base = Lexicon.weightOf(c[i]);
            if (c[i] == Lexicon.NORMAL && t[i].length() == 1) {
                base = 0.5f;
            }
            w[i] = base * idf.factor(t[i]);
        }
        return w;
    }

    static float tokenSim(String x, String y, boolean personish) {
        return tokenSim(x, y, personish, true);
    }

    static float tokenSim(String x, String y, boolean personish, boolean digits) {
        if (x.equals(y)) {
            return 1f;
        }
        int lx = x.length();
        int ly = y.length();
        if (lx == 1 || ly == 1) {
            return personish && x.charAt(0) == y.charAt(0) ? 0.8f : 0f;
        }
        double jw = JaroWinkler.similarity(x, y);
        double thr = Math.min(lx, ly) <= 3 ? 0.92 : 0.82;
        if (jw < thr) {
            if (digits && jw > 0.5 && (hasDigit(x) != hasDigit(y))) {
                // leetspeak / OCR: Ig0r Sech1n
                String dx = unleet(x);
                String dy = unleet(y);
                if (!hasDigit(dx) && !hasDigit(dy)) {
                    return tokenSim(dx, dy, personish) * 0.95f;
                }
            }
            return 0f;
        }
        if (digits && (hasDigit(x) || hasDigit(y))) {
            return 0f; // numbers must be equal
        }
        float s = (float) Math.max(0, 1 - SLOPE * (1 - jw));
        int min = Math.min(lx, ly);
        int max = Math.max(lx, ly);
        if (min * 3 < max * 2) {
            s *= 0.6f; // Lind vs Lindemann: a prefix is not the name
        }
        return s;
    }

    static final double EXTRA = Double.parseDouble(System.getProperty("chokepoint.matching.extra", "0.5"));
    static final double SUBST = Double.parseDouble(System.getProperty("chokepoint.matching.subst", "0.1"));
    static final double INFO = Double.parseDouble(System.getProperty("chokepoint.matching.info", "2.5"));

    /** The matched words carry enough rarity (sum of IDF factors) to excuse extra words. */
    private static boolean informative(String[] t, byte[] c, long used, Idf idf) {
        if (idf == Idf.NONE) {
            return true;
        }
        double info = 0;
        for (int i = 0; i < t.length; i++) {
            if ((used & (1L << i)) != 0 && c[i] == Lexicon.NORMAL) {
                info += idf.factor(t[i]);
            }
        }
        return info >= INFO;
    }

    static final double SLOPE = Double.parseDouble(System.getProperty("chokepoint.matching.slope", "3.0"));

    private static String unleet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            });
        }
        return b.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] a, byte v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(String[] a, String x) {
        for (String s : a) {
            if (s.equals(x)) {
                return true;
            }
        }
        return false;
    }

    /** Joins runs of 2-3 adjacent tokens of {@code t} whose concatenation is a token of {@code other}. */
    private static Object[] merge(String[] t, byte[] c, String[] other) {
        if (t.length < 2) {
            return null;
        }
        List<String> out = null;
        List<Byte> oc = null;
        int i = 0;
        boolean initials = false;
        while (i < t.length) {
            int took = 0;
            String joined = null;
            for (int k = Math.min(3, t.length - i); k >= 2 && took == 0; k--) {
                int len = 0;
                for (int q = i; q < i + k; q++) {
                    len += t[q].length();
                }
                for (String o : other) {
                    if (Math.abs(o.length() - len) <= 1 && o.charAt(0) == t[i].charAt(0) && len >= 4) {
                        StringBuilder sb = new StringBuilder(len);
                        for (int q = i; q < i + k; q++) {
                            sb.append(t[q]);
                        }
                        String cat = sb.toString();
                        if (cat.equals(o) || (len >= 6 && !contains(other, t[i]) && JaroWinkler.similarity(cat, o) >= 0.93)) {
                            took = k;
                            joined = cat;
                            break;
                        }
                    }
                }
            }
            if (took == 0) {
                // initials: "jc" on the other side = first letters of "jean claude" here
                for (String o : other) {
                    int k = o.length();
                    if (k >= 2 && k <= 4 && i + k <= t.length && isLetters(o) && !contains(other, t[i])) {
                        boolean ok = true;
                        for (int q = 0; q < k && ok; q++) {
                            ok = t[i + q].length() > 1 && t[i + q].charAt(0) == o.charAt(q);
                        }
                        if (ok) {
                            took = k;
                            joined = o;
                            initials = true;
                            break;
                        }
                    }
                }
            }
            if (took > 0) {
                if (out == null) {
                    out = new ArrayList<>();
                    oc = new ArrayList<>();
                    for (int q = 0; q < i; q++) {
                        out.add(t[q]);
                        oc.add(c[q]);
                    }
                }
                out.add(joined);
                oc.add(initials ? Lexicon.INITIALS : Lexicon.NORMAL);
                initials = false;
                i += took;
            } else {
                if (out != null) {
                    out.add(t[i]);
                    oc.add(c[i]);
                }
                i++;
            }
        }
        if (out == null) {
            return null;
        }
        byte[] cb = new byte[oc.size()];
        for (int q = 0; q < cb.length; q++) {
            cb[q] = oc.get(q);
        }
        return new Object[] {out.toArray(new String[0]), cb};
    }
}
