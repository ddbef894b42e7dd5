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
 *       one side has digits and the token also has letters (leetspeak, OCR: Ig0r). Edit counts
 *       (bounded Damerau-Levenshtein, {@link EditDistance}): tokens one letter edit apart are a typo
 *       of the same name, similarity at least {@link #ED1} (0.85; 0.75 for two-letter tokens; in
 *       words of 2-3 letters only a substituted or transposed letter, not one more or less), even
 *       where Jaro-Winkler is low (Tom/Tim, Beta/Meta); tokens three or more edits apart that are
 *       not a variant (below) are another name, similarity at most {@link #ED3_CAP} (0.4:
 *       Castillo/Castro); initials and numbers keep their own rules.</li>
 *   <li>Variants at {@link #VARIANT} (0.9): the same transliteration fold ({@link #fold}: Mohammed =
 *       Muhammad, Usama = Osama, Wolodymyr = Volodymyr) when the plain similarity is already at least
 *       {@link #FOLD_GATE}; equal after squeezing doubled letters (Jong-uun = Jong-un); for persons,
 *       a nickname or cross-language form of a given name (Bill = William, Juan = John; resources
 *       nicknames.tsv and given-name-cognates.tsv); for persons, the Latvian/Lithuanian nominative
 *       ending -s (Andrejs = Andrey, Ivanovs = Ivanov).</li>
 *   <li>Tokens romanized from Han or Hangul shorter than 7 letters must be equal (syllables); such
 *       names get no fuzzy merges, no variants, no excused extra words, and a syllable more or less
 *       costs like a substituted word (Jianping is not Jian).</li>
 *   <li>Order-free greedy alignment of best token pairs (so "SURNAME, Given" = "Given SURNAME").</li>
 *   <li>Score = weighted Dice: sum over pairs of sim*2*min(wq,wl) / (sum wq + sum wl). Unmatched
 *       extra tokens are the penalty (patronymics weigh 0.4, geography 0.35). For persons, extra
 *       words on one side only (the other side's ordinary words all matched, at least two, and, in
 *       an index, carrying IDF factors summing to 2.5 or more) weigh 0.5: a middle name. For
 *       organisations they count fully (Banco Santander Mexico is a subsidiary, not the bank), and
 *       an extra number never is excused (Solutions II). A patronymic the other side lacks
 *       entirely weighs 0.5 (Sergey Lavrov = Sergey Viktorovich Lavrov). Unmatched ordinary words
 *       on both sides (a substituted name part: AL-DULAIMI vs AL-TIKRITI), or two different
 *       patronymics (two fathers), cost 0.1.</li>
 *   <li>Short names: a single-token name scores at most 0.9 unless identical; when only
 *       common words (legal forms, generic company words, geography, particles) matched, at most
 *       0.75; when one side matched only through initials (N.N.), at most 0.75.</li>
 *   <li>Organisations: unmatched common company words on both sides (Solutions vs Enterprises,
 *       Bank vs Holdings) are another line of business, a country name on one side only (Acme
 *       Mexico vs Acme) a national subsidiary: -0.1 like a substituted word.</li>
 *   <li>Different legal forms on both sides (AG vs GmbH; not among the interchangeable
 *       Co./Ltd./LLC/Inc./Corp./JSC family): -0.2, i.e. another legal entity is not a MATCH
 *       on an otherwise identical name.</li>
 *   <li>Series siblings (session 4, a compliance decision): one swapped series or vintage number
 *       (Fund 5 vs Fund 6, Trust 2004 vs 2005) with at least three other ordinary words all
 *       matched is another entity of the same series that an analyst must see: the number pair
 *       counts like a typo, the score is capped at {@link #SERIES_CAP} (POSSIBLE, never MATCH).</li>
 *   <li>Nasab order (session 4, persons): "X bin Y" against "Y bin X" is a son and his father,
 *       capped at {@link #BIN_SWAP_CAP}, although the order-free alignment matches every word.
 *       A nasab shortened to its last ancestor ("X bin Z" for "X bin Y ibn Z"): the skipped
 *       generations weigh {@link #SKIPPED_GENERATION}, their particles nothing.</li>
 *   <li>Mistyped legal form (session 4, organisations): a first or last word of at most 5 letters
 *       one edit from a legal form of the other name (AGG/AG) matches it and weighs like it.</li>
 *   <li>Session 6: a pair aligned at the three-edit ceiling (another name sharing a stem) costs
 *       like a substituted word (-0.1), so two equal words and one look-alike surname are not a
 *       MATCH; a series number on one side only (Fund II vs Fund; not 1/I, a series' first entity)
 *       is a sibling like a swapped one (organisations, at most {@link #SERIES_CAP}); tokens of a
 *       Chinese transcription of a foreign name ({@link HanTranscription}) match a
 *       Latin token with the same transcription skeleton at {@link #ED1} (Beilake = Barack).</li>
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
        int mark = explain == null ? 0 : explain.size();
        double s = scoreOnce(q, l, personish, idf, explain);
        if (personish && s < 1.0 && (q.wadeGiles() || l.wadeGiles())) {
            // Wade-Giles syllables read as pinyin (Mao Tse-tung = Mao Zedong): the better reading counts
            PreparedName cq = converted(q, l);
            PreparedName cl = converted(l, q);
            if (cq != null || cl != null) {
                List<String> ex2 = explain == null ? null : new ArrayList<>();
                double s2 = scoreOnce(cq != null ? cq : q, cl != null ? cl : l, personish, idf, ex2);
                if (s2 > s) {
                    if (explain != null) {
                        explain.subList(mark, explain.size()).clear();
                        explain.add("Wade-Giles syllables read as pinyin");
                        explain.addAll(ex2);
                    }
                    s = s2;
                }
            }
        }
        return s;
    }

    private static PreparedName converted(PreparedName p, PreparedName other) {
        if (!p.wadeGiles()) {
            return null;
        }
        String[] t = WadeGiles.toPinyin(p.tokens(), other.tokens());
        return t == null ? null : new PreparedName(p.original(), t, p.classes(), p.script(), p.notes());
    }

    private static double scoreOnce(PreparedName q, PreparedName l, boolean personish, Idf idf, List<String> explain) {
        String[] a = q.tokens();
        byte[] ac = q.classes();
        String[] b = l.tokens();
        byte[] bc = l.classes();
        // 1. merge adjacent tokens to meet the other side's tokens
        // romanized syllables (pinyin, Hangul): "jia" and "jian" are different names, no fuzzy match
        boolean strictShort = TextNormalizer.isSyllabic(q.script()) || TextNormalizer.isSyllabic(l.script());
        Object[] ma = merge(a, ac, b, !strictShort);
        if (ma != null) {
            a = (String[]) ma[0];
            ac = (byte[]) ma[1];
        }
        Object[] mb = merge(b, bc, a, !strictShort);
        if (mb != null) {
            b = (String[]) mb[0];
            bc = (byte[]) mb[1];
        }
        if ((ma != null || mb != null) && explain != null) {
            explain.add("joined split words");
        }
        int na = a.length;
        int nb = b.length;
        float[] wa = ma == null ? cachedWeights(q, idf) : weights(a, ac, idf);
        float[] wb = mb == null ? cachedWeights(l, idf) : weights(b, bc, idf);
        final float[] cachedWa = wa;
        final float[] cachedWb = wb;
        int[] xa = ma == null ? q.letterMasks() : JaroWinkler.letterMasks(a);
        int[] xb = mb == null ? l.letterMasks() : JaroWinkler.letterMasks(b);
        boolean digits = q.hasDigits() || l.hasDigits();
        boolean transcription = HanTranscription.SCRIPT.equals(q.script()) || HanTranscription.SCRIPT.equals(l.script());
        Lexicon lex = Lexicon.INSTANCE;
        Object[] ga = ma == null ? q.givenVariants() : lex.givenVariantsOf(a);
        // 2. similarity pairs
        int np = 0;
        long[] pairs = new long[na * nb];
        for (int i = 0; i < na; i++) {
            for (int j = 0; j < nb; j++) {
                float s;
                if (a[i].equals(b[j])) {
                    s = ac[i] == Lexicon.INITIALS || bc[j] == Lexicon.INITIALS ? 0.85f : 1f;
                } else if (strictShort && (a[i].length() < SYLLABLE || b[j].length() < SYLLABLE)) {
                    s = 0f;
                } else if (strictShort) {
                    s = tokenSim(a[i], xa[i], b[j], xb[j], personish, digits);
                } else {
                    s = tokenSim(a[i], xa[i], b[j], xb[j], personish, digits);
                    // folds computed only for the few pairs in the band where they can matter
                    boolean variant = false;
                    if (s < VARIANT && (s >= FOLD_GATE && fold(a[i]).equals(fold(b[j])) || sameSqueezed(a[i], b[j]))) {
                        s = VARIANT; // transliteration variant: Mohammed = Muhammad, Usama = Osama, Wolodymyr = Volodymyr
                        variant = true;
                    }
                    if (s < ED1 && transcription && !variant && HanTranscription.sameSkeleton(a[i], b[j])) {
                        s = ED1; // 贝拉克 beilake = Barack: the consonants a Chinese transcription keeps
                        variant = true;
                    }
                    if (s < VARIANT && personish && BALTIC && s >= FOLD_GATE && balticVariant(a[i], b[j])) {
                        s = VARIANT; // Latvian/Lithuanian nominative -s: Andrejs = Andrey, Ivanovs = Ivanov
                        variant = true;
                    }
                    if (s < VARIANT && personish && ga != null && ga[i] != null && ac[i] == Lexicon.NORMAL && bc[j] == Lexicon.NORMAL
                            && ((java.util.Set<?>) ga[i]).contains(b[j])) {
                        s = VARIANT; // Bill = William, Juan = John
                        variant = true;
                    }
                    if (!personish && LEGAL_TYPO && (ac[i] == Lexicon.LEGAL) != (bc[j] == Lexicon.LEGAL)
                            && (ac[i] == Lexicon.NORMAL || bc[j] == Lexicon.NORMAL) && Math.max(a[i].length(), b[j].length()) <= 5
                            && (ac[i] == Lexicon.NORMAL ? edge(i, na) : edge(j, nb)) && EditDistance.oneEdit(a[i], b[j])) {
                        // a mistyped legal form (AGG for AG, GmbG for GmbH): the other side's form, and its weight
                        s = Math.max(s, ED1);
                        variant = true;
                        if (ac[i] == Lexicon.NORMAL) {
                            wa = wa == cachedWa ? wa.clone() : wa;
                            wa[i] = wb[j];
                        } else {
                            wb = wb == cachedWb ? wb.clone() : wb;
                            wb[j] = wa[i];
                        }
                    }
                    if (s > ED3_CAP && !variant && a[i].length() > 1 && b[j].length() > 1 && ac[i] != Lexicon.INITIALS && bc[j] != Lexicon.INITIALS
                            && !hasDigit(a[i]) && !hasDigit(b[j]) && EditDistance.bounded(a[i], b[j], 2) > 2) {
                        s = (float) ED3_CAP; // three or more edits: another name sharing a stem (Castillo/Castro)
                    }
                }
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
        boolean anotherName = false;
        double num = 0;
        int matchedNormalA = 0;
        int matchedNormalB = 0;
        StringBuilder matchedText = explain == null ? null : new StringBuilder();
        // nasab order (Arabic "X bin Y": X son of Y): both sides name a father
        int sonOfA = personish && !strictShort && BIN_SWAP ? sonOf(a, ac) : -1;
        int sonOfB = sonOfA >= 0 ? sonOf(b, bc) : -1;
        int[] partnerA = sonOfB >= 0 ? new int[na] : null;
        for (int k = np - 1; k >= 0; k--) {
            long p = pairs[k];
            int i = (int) ((p >> 16) & 0xFFFF);
            int j = (int) (p & 0xFFFF);
            if ((usedA & (1L << i)) != 0 || (usedB & (1L << j)) != 0) {
                continue;
            }
            float s = Float.intBitsToFloat((int) (p >>> 32));
            anotherName |= s == (float) ED3_CAP;
            usedA |= 1L << i;
            usedB |= 1L << j;
            if (partnerA != null) {
                partnerA[i] = j + 1;
            }
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
        // extra words excused only for Latin-script style names: a Chinese/Korean given name of two
        // syllables without one of them is another name (Min-su is not Min)
        double extra = strictShort ? 1.0 : personish ? EXTRA : ORG_EXTRA;
        if (allA && !allB && matchedNormalA >= 2 && informative(a, ac, usedA, idf)) {
            extraB = extra;
        } else if (allB && !allA && matchedNormalB >= 2 && informative(b, bc, usedB, idf)) {
            extraA = extra;
        }
        // a syllable more or less is another Chinese/Korean given name (Jianhui is not Hui)
        boolean substituted = !allA && !allB || strictShort && (!allA || !allB) && (matchedNormalA > 0 || matchedNormalB > 0);
        // patronymics: one side may omit it (cheap, like a middle name); two different ones are two fathers
        int patA = indexOf(ac, Lexicon.PATRONYMIC) >= 0 ? 1 : 0;
        int patB = indexOf(bc, Lexicon.PATRONYMIC) >= 0 ? 1 : 0;
        boolean unmatchedPatA = unmatchedOf(ac, usedA, Lexicon.PATRONYMIC);
        boolean unmatchedPatB = unmatchedOf(bc, usedB, Lexicon.PATRONYMIC);
        // a nasab shortened to its last ancestor (X bin Z for X bin Y bin Z): the generations between
        long skippedA = personish && !strictShort && extraA < 1.0 && NASAB ? skippedGenerations(a, ac, usedA) : 0;
        long skippedB = personish && !strictShort && extraB < 1.0 && NASAB ? skippedGenerations(b, bc, usedB) : 0;
        if ((skippedA | skippedB) != 0 && explain != null) {
            explain.add("nasab shortened: skipped generations weigh like an omitted patronymic");
        }
        double den = 0;
        StringBuilder unmatched = explain == null ? null : new StringBuilder();
        for (int i = 0; i < na; i++) {
            if ((usedA & (1L << i)) != 0) {
                den += wa[i];
            } else if ((skippedA & (1L << i)) != 0) {
                den += ac[i] == Lexicon.PARTICLE ? 0 : wa[i] * SKIPPED_GENERATION;
            } else {
                den += wa[i] * extraFactor(a[i], ac[i], extraA, patB == 0, personish);
                if (unmatched != null && wa[i] > 0.1) {
                    unmatched.append(unmatched.length() > 0 ? ", " : "").append(a[i]);
                }
            }
        }
        for (int j = 0; j < nb; j++) {
            if ((usedB & (1L << j)) != 0) {
                den += wb[j];
            } else if ((skippedB & (1L << j)) != 0) {
                den += bc[j] == Lexicon.PARTICLE ? 0 : wb[j] * SKIPPED_GENERATION;
            } else {
                den += wb[j] * extraFactor(b[j], bc[j], extraB, patA == 0, personish);
                if (unmatched != null && wb[j] > 0.1) {
                    unmatched.append(unmatched.length() > 0 ? ", " : "").append(b[j]);
                }
            }
        }
        // a sibling of a series (Fund 5 vs Fund 6, Trust 2004 vs Trust 2005): the swapped number is
        // scored like a typo so the rest of the name counts, then capped below MATCH
        boolean series = substituted && SERIES && seriesSwap(a, ac, usedA, b, bc, usedB);
        if (series) {
            num += ED1 * 2 * Math.min(wa[Long.numberOfTrailingZeros(~usedA)], wb[Long.numberOfTrailingZeros(~usedB)]);
        }
        double score = den <= 0 ? 0 : num / den;
        // Fund vs Fund II: an extra series number on one side only is another entity of the series
        boolean seriesExtra = !series && !personish && SERIES && SERIES_EXTRA && allA != allB
                && (allA ? seriesExtra(b, bc, usedB, a, ac) : seriesExtra(a, ac, usedA, b, bc));
        if (seriesExtra) {
            if (score > SERIES_CAP) {
                score = SERIES_CAP;
            }
            if (explain != null) {
                explain.add("a series number on one side only (a sibling entity): at most " + fmt2(SERIES_CAP));
            }
        } else if (series) {
            if (score > SERIES_CAP) {
                score = SERIES_CAP;
            }
            if (explain != null) {
                explain.add("one series number differs (a sibling entity): at most " + fmt2(SERIES_CAP));
            }
        } else if (substituted && score > 0) {
            score -= SUBST;
            if (explain != null) {
                explain.add("words differ on both sides: -" + fmt2(SUBST));
            }
        } else if (anotherName && ED3_SUBST && score > 0) {
            // a word aligned with one three or more edits away is another name in its place
            score -= SUBST;
            if (explain != null) {
                explain.add("a word is another name (3+ letter edits): -" + fmt2(SUBST));
            }
        } else if (unmatchedPatA && unmatchedPatB && score > 0) {
            score -= SUBST;
            if (explain != null) {
                explain.add("patronymics differ: -" + fmt2(SUBST));
            }
        } else if (!personish && COUNTRY_EXTRA && score > 0 && (oneSidedCountry(a, ac, usedA) != oneSidedCountry(b, bc, usedB))) {
            // Acme Mexico vs Acme: the national subsidiary is another legal entity
            score -= SUBST;
            if (explain != null) {
                explain.add("a country name on one side only: -" + fmt2(SUBST));
            }
        } else if (!personish && GENERIC_SUBST && score > 0 && unmatchedOf(ac, usedA, Lexicon.GENERIC) && unmatchedOf(bc, usedB, Lexicon.GENERIC)) {
            // Acme Solutions vs Acme Enterprises, Acme Bank vs Acme Holdings: another line of
            // business of the same brand, i.e. another company
            score -= SUBST;
            if (explain != null) {
                explain.add("company words differ on both sides: -" + fmt2(SUBST));
            }
        }
        if (legalMismatch(a, ac, b, bc)) {
            score -= LEGAL_MISMATCH;
            if (explain != null) {
                explain.add("different legal forms: -" + fmt2(LEGAL_MISMATCH));
            }
        }
        if (partnerA != null && fatherAndSon(a, ac, sonOfA, b, bc, sonOfB, partnerA) && score > BIN_SWAP_CAP) {
            score = BIN_SWAP_CAP;
            if (explain != null) {
                explain.add("father and son swapped around bin/ibn: capped at " + fmt2(BIN_SWAP_CAP));
            }
        }
        if (onlyInitialsMatched(ac, usedA, na) || onlyInitialsMatched(bc, usedB, nb)) {
            if (score > INITIALS_CAP) {
                score = INITIALS_CAP;
                if (explain != null) {
                    explain.add("one name is only initials: capped at " + fmt2(INITIALS_CAP));
                }
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
        return Math.max(0.0, Math.min(1.0, score)); // penalties must not push a score below 0 (Comparison: [0,1])
    }

    static final boolean SERIES = Boolean.parseBoolean(System.getProperty("chokepoint.matching.series", "true"));
    /**
     * Score of a series sibling (session 4): inside POSSIBLE (0.75) and low enough that the entry
     * evidence of an index (kind +0.01, country +0.02) cannot lift it to MATCH (0.80).
     */
    static final double SERIES_CAP = Double.parseDouble(System.getProperty("chokepoint.matching.seriescap", "0.76"));
    /** Ordinary words that must match around a swapped series number. */
    static final int SERIES_MIN_WORDS = 3;

    /**
     * The names differ in exactly one token on each side, both are series numbers, and every other
     * token matched, at least {@link #SERIES_MIN_WORDS} of them ordinary words (not legal forms,
     * particles or initials): "Acme Growth Fund 5" vs "Acme Growth Fund 6", "Acme Home Loan Trust
     * 2004-1" vs "... 2005-1". Short names (Brigade 44 vs 45) do not qualify.
     */
    private static boolean seriesSwap(String[] a, byte[] ac, long usedA, String[] b, byte[] bc, long usedB) {
        int i = loneUnmatched(a.length, usedA);
        int j = loneUnmatched(b.length, usedB);
        if (i < 0 || j < 0 || !seriesNumber(a, ac, i) || !seriesNumber(b, bc, j)) {
            return false;
        }
        return seriesWords(a, ac, i) >= SERIES_MIN_WORDS;
    }

    static final boolean SERIES_EXTRA = Boolean.parseBoolean(System.getProperty("chokepoint.matching.seriesextra", "true"));

    /**
     * The side {@code t} has exactly one unmatched token, a series number, and the other side
     * {@code o} (all of whose words matched) has at least {@link #SERIES_MIN_WORDS} ordinary words:
     * "Acme Growth Fund II" vs "Acme Growth Fund". Number one (1, I) is not a sibling: a series'
     * first entity is often named without it (Acme Fund I = Acme Fund).
     */
    private static boolean seriesExtra(String[] t, byte[] c, long used, String[] o, byte[] oc) {
        int i = loneUnmatched(t.length, used);
        if (i < 0 || !seriesNumber(t, c, i) || t[i].equals("1") || t[i].equals("i")) {
            return false;
        }
        return seriesWords(o, oc, -1) >= SERIES_MIN_WORDS;
    }

    /** The index of the only token of {@code n} that {@code used} leaves unmatched, or -1. */
    private static int loneUnmatched(int n, long used) {
        return n <= 63 && Long.bitCount(used) == n - 1 ? Long.numberOfTrailingZeros(~used) : -1;
    }

    /** Words around a series number (ordinary, company or geographic words without digits), token {@code skip} aside. */
    private static int seriesWords(String[] t, byte[] c, int skip) {
        int words = 0;
        for (int k = 0; k < t.length; k++) {
            if (k != skip && (c[k] == Lexicon.NORMAL || c[k] == Lexicon.GENERIC || c[k] == Lexicon.GEO) && !hasDigit(t[k])) {
                words++;
            }
        }
        return words;
    }

    /**
     * A series or vintage number: a token with a digit (Roman numerals II-XXXIX are digits by now),
     * or a Roman numeral the normalizer keeps as letters (I, V, X, XI, XL …) when it is not the
     * first word and only numbers or legal forms follow it (Fund V L.P.; a middle initial V is not).
     */
    static boolean seriesNumber(String[] t, byte[] c, int i) {
        if (hasDigit(t[i])) {
            return true;
        }
        if (i == 0 || !ROMAN.matcher(t[i]).matches()) {
            return false;
        }
        for (int k = i + 1; k < t.length; k++) {
            if (c[k] != Lexicon.LEGAL && !hasDigit(t[k])) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern ROMAN =
            java.util.regex.Pattern.compile("(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    static final double LEGAL_MISMATCH = Double.parseDouble(System.getProperty("chokepoint.matching.legal", "0.2"));
    static final double INITIALS_CAP = 0.75;
    static final boolean COUNTRY_EXTRA = Boolean.parseBoolean(System.getProperty("chokepoint.matching.countryextra", "true"));

    /** English short names of the ISO 3166 countries that are one word (mexico, chile, sweden), from the JDK. */
    static final java.util.Set<String> COUNTRIES;

    static {
        java.util.Set<String> c = new java.util.HashSet<>();
        for (String cc : Locale.getISOCountries()) {
            String n = java.text.Normalizer.normalize(new Locale("", cc).getDisplayCountry(Locale.ENGLISH), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            if (n.matches("[a-z]{4,}")) {
                c.add(n);
            }
        }
        c.add("germany");
        c.add("switzerland");
        c.add("usa");
        c.add("uk");
        COUNTRIES = java.util.Set.copyOf(c);
    }

    /** First or last word: where legal forms stand. */
    private static boolean edge(int i, int n) {
        return i == 0 || i == n - 1;
    }

    static final boolean LEGAL_TYPO = Boolean.parseBoolean(System.getProperty("chokepoint.matching.legaltypo", "true"));
    static final boolean NASAB = Boolean.parseBoolean(System.getProperty("chokepoint.matching.nasab", "true"));
    /** Weight factor of a skipped generation: an omitted patronymic (class weight 0.4 x 0.5). */
    static final double SKIPPED_GENERATION = Double.parseDouble(System.getProperty("chokepoint.matching.skippedgen", "0.2"));

    /**
     * Generations a shortened nasab skips: on a side with a chain "bin Y1 bin Y2 … bin Yk", each
     * unmatched ordinary word Yi directly after a bin/ibn, when a later bin's ancestor is matched
     * (the other side wrote "X bin Yk"), and the unmatched bin particles of that chain. Mask of
     * token indices, 0 when none.
     */
    private static long skippedGenerations(String[] t, byte[] c, long used) {
        int n = Math.min(t.length, 63);
        int lastMatchedAncestor = -1;
        for (int i = 1; i < n - 1; i++) {
            if (isBin(t, c, i) && c[i + 1] == Lexicon.NORMAL && (used & (1L << (i + 1))) != 0) {
                lastMatchedAncestor = i + 1;
            }
        }
        if (lastMatchedAncestor < 0) {
            return 0;
        }
        long mask = 0;
        for (int i = 1; i < lastMatchedAncestor - 2; i++) {
            if (isBin(t, c, i) && c[i + 1] == Lexicon.NORMAL && (used & (1L << (i + 1))) == 0) {
                mask |= 1L << (i + 1);
            }
        }
        if (mask == 0) {
            return 0;
        }
        for (int i = 1; i < lastMatchedAncestor; i++) {
            if (isBin(t, c, i) && (used & (1L << i)) == 0) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    private static boolean isBin(String[] t, byte[] c, int i) {
        return c[i] == Lexicon.PARTICLE && (t[i].equals("bin") || t[i].equals("bint"));
    }

    static final boolean BIN_SWAP = Boolean.parseBoolean(System.getProperty("chokepoint.matching.binswap", "true"));
    /** Ceiling of a father/son swap: a relative of a listed person, not the person (POSSIBLE at most). */
    static final double BIN_SWAP_CAP = Double.parseDouble(System.getProperty("chokepoint.matching.binswapcap", "0.75"));

    /**
     * Index of the first "bin"/"ibn"/"bint" (son/daughter of) particle that follows an ordinary word
     * and is followed by one (the person's own name before it, the father's after it), else -1.
     */
    private static int sonOf(String[] t, byte[] c) {
        for (int i = 1; i < t.length - 1; i++) {
            if (c[i] == Lexicon.PARTICLE && (t[i].equals("bin") || t[i].equals("bint"))) {
                return firstOrdinary(c, 0, i) >= 0 && firstOrdinary(c, i + 1, t.length) >= 0 ? i : -1;
            }
        }
        return -1;
    }

    private static int firstOrdinary(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] == Lexicon.NORMAL) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "X bin Y" against "Y bin X": the father's name on one side is aligned with an own name before
     * the particle on the other, and the other way round: son and father, two persons.
     * {@code partnerA[i]} is 1 + the index of the token aligned with a[i], 0 when none.
     */
    private static boolean fatherAndSon(String[] a, byte[] ac, int binA, String[] b, byte[] bc, int binB, int[] partnerA) {
        int fatherA = firstOrdinary(ac, binA + 1, a.length);
        int fatherB = firstOrdinary(bc, binB + 1, b.length);
        boolean aFatherIsBOwn = partnerA[fatherA] > 0 && partnerA[fatherA] - 1 < binB;
        boolean bFatherIsAOwn = false;
        for (int i = 0; i < binA; i++) {
            if (partnerA[i] - 1 == fatherB) {
                bFatherIsAOwn = true;
            }
        }
        return aFatherIsBOwn && bFatherIsAOwn;
    }

    /** Some unmatched token of this side names a country. */
    private static boolean oneSidedCountry(String[] t, byte[] c, long used) {
        for (int i = 0; i < t.length; i++) {
            if ((used & (1L << i)) == 0 && (c[i] == Lexicon.NORMAL || c[i] == Lexicon.GEO) && COUNTRIES.contains(t[i])) {
                return true;
            }
        }
        return false;
    }

    static final boolean GENERIC_SUBST = Boolean.parseBoolean(System.getProperty("chokepoint.matching.genericsubst", "true"));
    static final boolean GEO_EXTRA = Boolean.parseBoolean(System.getProperty("chokepoint.matching.geoextra", "true"));

    /**
     * Weight factor of an unmatched token: numbers (a series or vintage: Fund II, Trust 2005) are
     * never excused as extra words; a patronymic the other side lacks entirely is (the other side
     * just omits it), and so is, in an organisation's name, a regional qualifier (Europe, Asia,
     * Global: a branch word; in a person's name "America" is a given name);
     * otherwise the side's extra-word factor.
     */
    private static double extraFactor(String t, byte cls, double sideExtra, boolean otherLacksPatronymic, boolean personish) {
        if (cls == Lexicon.PATRONYMIC && otherLacksPatronymic || cls == Lexicon.GEO && GEO_EXTRA && !personish) {
            return EXTRA;
        }
        if (sideExtra < 1.0 && hasDigit(t)) {
            return 1.0;
        }
        return sideExtra;
    }

    private static boolean unmatchedOf(byte[] c, long used, byte cls) {
        for (int i = 0; i < c.length; i++) {
            if (c[i] == cls && (used & (1L << i)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** Every matched token of this side is an initials token ("N.N." against "Nursultan Nazarbayev"). */
    private static boolean onlyInitialsMatched(byte[] c, long used, int n) {
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if ((used & (1L << i)) != 0) {
                if (c[i] != Lexicon.INITIALS) {
                    return false;
                }
                any = true;
            }
        }
        return any;
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

    /** Fast fixed 3-decimal formatting (no string concatenation of longs: it showed in profiles). */
    static String fmt3(double v) {
        long r = Math.round(v * 1000);
        if (r < 0 || r >= 10_000) {
            long f = Math.abs(r % 1000);
            return (r / 1000) + "." + (f < 10 ? "00" : f < 100 ? "0" : "") + f;
        }
        char[] c = {(char) ('0' + r / 1000), '.', (char) ('0' + r / 100 % 10), (char) ('0' + r / 10 % 10), (char) ('0' + r % 10)};
        return new String(c);
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
        return tokenSim(x, -1, y, -1, personish, digits);
    }

    /** Token similarity; {@code mx}, {@code my}: the tokens' letter masks, -1 when unknown. */
    static float tokenSim(String x, int mx, String y, int my, boolean personish, boolean digits) {
        if (x.equals(y)) {
            return 1f;
        }
        int lx = x.length();
        int ly = y.length();
        if (lx == 1 || ly == 1) {
            return personish && x.charAt(0) == y.charAt(0) ? 0.8f : 0f;
        }
        if (digits) {
            boolean hx = hasDigit(x);
            boolean hy = hasDigit(y);
            if (hx && hy) {
                return 0f; // numbers must be equal
            }
            if (hx != hy) {
                // leetspeak / OCR inside a word (Ig0r Sech1n); a bare number never equals a word
                String m = hx ? x : y;
                if (hasLetter(m)) {
                    String dx = unleet(x);
                    String dy = unleet(y);
                    if (!hasDigit(dx) && !hasDigit(dy)) {
                        return tokenSim(dx, dy, personish, false) * 0.95f;
                    }
                }
                return 0f;
            }
        }
        int min = Math.min(lx, ly);
        int max = Math.max(lx, ly);
        // a typo (one or two letter edits) is the same name whatever Jaro-Winkler says about short
        // or first-letter changes: Tom/Tim, Beta/Meta, Motors/Mortars
        float floor = 0f;
        if (max - min <= 2 && (mx == -1 || my == -1 || Integer.bitCount(mx ^ my) <= 4)) {
            int ed = EditDistance.bounded(x, y, 2);
            if (ed == 1 && (min >= 4 || lx == ly)) {
                // in a word of 2-3 letters only a substituted letter is a typo: a letter more or
                // less is another word (ABC vs NABC, an acronym of another name)
                floor = min >= 3 ? ED1 : ED1_SHORT;
            } else if (ed == 2 && min >= ED2_MIN_LEN) {
                floor = ED2;
            }
        }
        double thr = min <= 3 ? 0.92 : 0.82;
        if (!(mx == -1 || my == -1 ? JaroWinkler.mayReach(x, y, thr) : JaroWinkler.mayReach(x, mx, y, my, thr))) {
            return floor; // too few letters in common: most token pairs of two different names
        }
        double jw = JaroWinkler.similarity(x, y);
        if (jw < thr) {
            return floor;
        }
        float s = (float) Math.max(0, 1 - SLOPE * (1 - jw));
        if (min * 3 < max * 2) {
            s *= 0.6f; // Lind vs Lindemann: a prefix is not the name
        }
        return Math.max(s, floor);
    }

    /** Similarity floor of two tokens one letter edit apart (3+ letters: Tom/Tim, Beta/Meta, Schell/Shell). */
    static final float ED1 = Float.parseFloat(System.getProperty("chokepoint.matching.ed1", "0.85"));
    /** The same for two-letter tokens (On/Un), where one edit is half the word. */
    static final float ED1_SHORT = Float.parseFloat(System.getProperty("chokepoint.matching.ed1short", "0.75"));
    /** Similarity floor of two tokens of at least {@link #ED2_MIN_LEN} letters two edits apart (Jones/James, Khaja/Khan). */
    static final float ED2 = Float.parseFloat(System.getProperty("chokepoint.matching.ed2", "0"));
    static final int ED2_MIN_LEN = Integer.getInteger("chokepoint.matching.ed2min", 4);
    /**
     * Ceiling of two tokens three or more edits apart that are not a transliteration variant: a
     * high Jaro-Winkler of two long tokens sharing a stem is another name (Castillo/Castro,
     * Federman/Federer, Abdurrahim/Abdurrahman).
     */
    static final boolean ED3_SUBST = Boolean.parseBoolean(System.getProperty("chokepoint.matching.ed3subst", "true"));
    static final float ED3_CAP = Float.parseFloat(System.getProperty("chokepoint.matching.ed3cap", "0.4"));

    static final double EXTRA = Double.parseDouble(System.getProperty("chokepoint.matching.extra", "0.5"));
    static final double ORG_EXTRA = Double.parseDouble(System.getProperty("chokepoint.matching.orgextra", "1.0"));
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

    /** Romanized Han/Hangul tokens shorter than this are single syllables (pinyin "zhuang", Hangul "hyeong"). */
    static final int SYLLABLE = 7;

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

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Similarity of spelling variants of one name (same transliteration fold, nickname, cognate). */
    static final float VARIANT = Float.parseFloat(System.getProperty("chokepoint.matching.variant", "0.9"));

    /**
     * A fold-equal pair counts as a variant only when its plain similarity is already at least this
     * (Jaro-Winkler about 0.84): short names share skeletons by chance (Beth/Butt, Iris/Arias).
     */
    static final float FOLD_GATE = Float.parseFloat(System.getProperty("chokepoint.matching.foldgate", "0.52"));

    /**
     * Transliteration fold of a lowercase ASCII token: the spelling differences that romanizations of
     * one name produce are erased. Consonants: ph=f, kh=h, zh/dzh/dj=j, th=t, dh=d, gh=g, sch=sh,
     * ck/q/c (before a, o, u or a consonant)=k, w=v, x=ks, z=s, j before a consonant or at the end=y
     * (Sergej = Sergey); doubled letters collapse; every vowel run inside or at the start of the word
     * becomes "a" (Mohammed = Muhammad, Osama = Usama, Qaeda = Qaida), a final run keeps its last
     * vowel (-i/-y endings become y: Zelenskyy = Zelenskiy), so Antonio and Antonia stay apart; a
     * final h after a vowel drops (Abdullah = Abdulla). Tokens with other characters are returned as is.
     */
    static String fold(String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                return t;
            }
        }
        StringBuilder b = new StringBuilder(n + 2);
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            char nx = i + 1 < n ? t.charAt(i + 1) : 0;
            switch (c) {
                case 'p' -> {
                    if (nx == 'h') {
                        b.append('f');
                        i++;
                    } else {
                        b.append('p');
                    }
                }
                case 'k', 'g', 't', 'd' -> {
                    if (nx == 'h') {
                        b.append(c == 'k' ? 'h' : c);
                        i++;
                    } else if (c == 'd' && nx == 'j') {
                        b.append('j');
                        i++;
                    } else if (c == 'd' && nx == 'z' && i + 2 < n && t.charAt(i + 2) == 'h') {
                        b.append('j');
                        i += 2;
                    } else {
                        b.append(c);
                    }
                }
                case 'z' -> {
                    if (nx == 'h') {
                        b.append('j');
                        i++;
                    } else {
                        b.append('s');
                    }
                }
                case 's' -> {
                    if (nx == 'c' && i + 2 < n && t.charAt(i + 2) == 'h') {
                        b.append("sh");
                        i += 2;
                    } else {
                        b.append('s');
                    }
                }
                case 'c' -> {
                    if (nx == 'k') {
                        b.append('k');
                        i++;
                    } else if (nx == 'h' || nx == 'e' || nx == 'i' || nx == 'y') {
                        b.append('c');
                    } else {
                        b.append('k');
                    }
                }
                case 'q' -> b.append('k');
                case 'w' -> b.append('v');
                case 'x' -> b.append("ks");
                case 'j' -> b.append(nx == 0 || !isVowel(nx) ? 'y' : 'j');
                default -> b.append(c);
            }
        }
        // collapse doubles, fold vowel runs
        StringBuilder o = new StringBuilder(b.length());
        int m = b.length();
        int i = 0;
        while (i < m) {
            char c = b.charAt(i);
            if (isVowel(c) && !(c == 'y' && i == 0)) {
                int j = i;
                while (j < m && isVowel(b.charAt(j))) {
                    j++;
                }
                if (j == m) {
                    char last = b.charAt(m - 1);
                    o.append(last == 'i' || last == 'y' ? 'y' : last);
                } else {
                    o.append('a');
                }
                i = j;
                continue;
            }
            if (c == 'h' && i == m - 1 && o.length() > 0 && isVowel(o.charAt(o.length() - 1))) {
                break; // Abdullah = Abdulla
            }
            if (o.length() == 0 || o.charAt(o.length() - 1) != c) {
                o.append(c);
            }
            i++;
        }
        return o.toString();
    }

    static final boolean BALTIC = Boolean.parseBoolean(System.getProperty("chokepoint.matching.baltic", "true"));

    /**
     * One token is the other with the masculine nominative ending -s of Latvian and Lithuanian
     * (Andrejs = Andrej = Andrey, Ivanovs = Ivanov, Aleksejs = Aleksey): equal or the same fold once the
     * final s is dropped. Only for tokens of 5+ letters where the other side does not end in s.
     */
    static boolean balticVariant(String x, String y) {
        String s;
        String o;
        if (x.length() >= 5 && x.charAt(x.length() - 1) == 's' && y.charAt(y.length() - 1) != 's') {
            s = x;
            o = y;
        } else if (y.length() >= 5 && y.charAt(y.length() - 1) == 's' && x.charAt(x.length() - 1) != 's') {
            s = y;
            o = x;
        } else {
            return false;
        }
        String stem = s.substring(0, s.length() - 1);
        return stem.equals(o) || fold(stem).equals(fold(o));
    }

    /** Equal once doubled letters are single (Jong-uun = Jong-un, Zelenskyy = Zelensky). */
    static boolean sameSqueezed(String x, String y) {
        int i = 0;
        int j = 0;
        int nx = x.length();
        int ny = y.length();
        while (i < nx && j < ny) {
            char c = x.charAt(i);
            if (c != y.charAt(j)) {
                return false;
            }
            while (i < nx && x.charAt(i) == c) {
                i++;
            }
            while (j < ny && y.charAt(j) == c) {
                j++;
            }
        }
        return i == nx && j == ny && nx > 1 && ny > 1;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
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
    private static Object[] merge(String[] t, byte[] c, String[] other, boolean fuzzy) {
        if (t.length < 2) {
            return null;
        }
        // every join (concatenation or initials) starts at a token whose first letter begins an
        // other-side token: most pairs of names share none, so nothing to do
        long starts = 0;
        for (int i = 0; i < t.length - 1; i++) {
            starts |= 1L << (t[i].charAt(0) & 63);
        }
        long firsts = 0;
        for (String o : other) {
            firsts |= 1L << (o.charAt(0) & 63);
        }
        if ((starts & firsts) == 0) {
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
                        if (cat.equals(o) || (fuzzy && len >= 6 && !contains(other, t[i]) && JaroWinkler.similarity(cat, o) >= 0.93)) {
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
                    if (k >= 2 && k <= 4 && i + k <= t.length && o.charAt(0) == t[i].charAt(0) && isLetters(o) && !contains(other, t[i])) {
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
