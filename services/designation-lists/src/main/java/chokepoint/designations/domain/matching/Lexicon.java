package chokepoint.designations.domain.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Curated lexicons loaded from {@code /matching/*.tsv} (sources are documented in those files and
 * in {@code matching/README.md}).
 */
final class Lexicon {

    static final byte NORMAL = 0;
    static final byte LEGAL = 1;
    static final byte GENERIC = 2;
    static final byte PARTICLE = 3;
    static final byte STOP = 4;
    static final byte GEO = 5;
    static final byte PATRONYMIC = 6;
    /** Number words: canonical digits, ordinary weight; never stored as a class of a token. */
    static final byte NUM = 7;
    /** Words joined because their initials spell the other name's token (JC = Jean Claude). */
    static final byte INITIALS = 8;

    /** A term: canonical tokens and their weight class. */
    record Term(String[] canonical, byte cls) {
    }

    static final Lexicon INSTANCE = new Lexicon();

    /** phrase (space-joined normalized tokens) to term. */
    final Map<String, Term> terms = new HashMap<>();
    /** canonical single token to class (so canonical tokens keep their class). */
    final Map<String, Byte> canonicalClass = new HashMap<>();
    final int maxPhraseTokens;
    /** First words of multi-word phrases (cheap pre-check before building phrase keys). */
    final java.util.Set<String> phraseStarts = new java.util.HashSet<>();
    /** Given name to its nicknames and cross-language forms (both directions; never chained). */
    final Map<String, java.util.Set<String>> givenVariants = new HashMap<>();
    /** Hanzi word to English. */
    final Map<String, String> han = new HashMap<>();
    final int maxHanLength;

    private Lexicon() {
        int maxP = 1;
        for (String[] row : read("/matching/terms.tsv")) {
            byte cls = switch (row[2].trim()) {
                case "LEGAL" -> LEGAL;
                case "GENERIC" -> GENERIC;
                case "PARTICLE" -> PARTICLE;
                case "STOP" -> STOP;
                case "GEO" -> GEO;
                case "NUM" -> NUM;
                default -> throw new IllegalStateException("bad class " + row[2]);
            };
            String[] canon = row[1].trim().split(" ");
            terms.put(row[0].trim(), new Term(canon, cls));
            for (String c : canon) {
                canonicalClass.putIfAbsent(c, cls);
            }
            String[] words = row[0].trim().split(" ");
            maxP = Math.max(maxP, words.length);
            if (words.length > 1) {
                phraseStarts.add(words[0]);
            }
        }
        maxPhraseTokens = maxP;
        for (String[] row : read("/matching/nicknames.tsv")) {
            String name = row[0].trim();
            for (String nick : row[1].split(",")) {
                relate(name, nick.trim());
            }
        }
        for (String[] row : readLines("/matching/given-name-cognates.tsv")) {
            String[] group = row[0].split(",");
            for (String x : group) {
                for (String y : group) {
                    relate(x.trim(), y.trim());
                }
            }
        }
        int maxH = 1;
        for (String[] row : read("/matching/han.tsv")) {
            han.put(row[0].trim(), row[1].trim());
            maxH = Math.max(maxH, row[0].trim().length());
        }
        maxHanLength = maxH;
    }

    private void relate(String a, String b) {
        if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
            givenVariants.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
            givenVariants.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
        }
    }

    /**
     * Per token, its set of nicknames/cross-language forms (a {@code Set<String>}), or null; null
     * when no token has any (precomputed once per name, so scoring does no look-up).
     */
    Object[] givenVariantsOf(String[] tokens) {
        Object[] out = null;
        for (int i = 0; i < tokens.length; i++) {
            java.util.Set<String> v = givenVariants.get(tokens[i]);
            if (v != null) {
                if (out == null) {
                    out = new Object[tokens.length];
                }
                out[i] = v;
            }
        }
        return out;
    }

    /** Bill = William, Juan = John (a nickname or cross-language form listed in the resources). */
    boolean givenNameVariants(String a, String b) {
        java.util.Set<String> v = givenVariants.get(a);
        return v != null && v.contains(b);
    }

    /** Single-word terms of 9+ letters, for fuzzy lookup of misspelled long legal forms/company words. */
    private java.util.List<String> longTerms;

    Term fuzzyLongTerm(String w) {
        java.util.List<String> lt = longTerms;
        if (lt == null) {
            lt = new java.util.ArrayList<>();
            for (String k : terms.keySet()) {
                Term t = terms.get(k);
                if (k.length() >= 9 && k.indexOf(' ') < 0 && (t.cls() == LEGAL || t.cls() == GENERIC)) {
                    lt.add(k);
                }
            }
            longTerms = lt;
        }
        for (String k : lt) {
            if (Math.abs(k.length() - w.length()) <= 2 && k.charAt(0) == w.charAt(0) && JaroWinkler.similarity(k, w) >= 0.95) {
                return terms.get(k);
            }
        }
        return null;
    }

    static float weightOf(byte cls) {
        return switch (cls) {
            case LEGAL -> 0.05f;
            case GENERIC -> 0.4f;
            case PARTICLE -> 0.35f;
            case STOP -> 0f;
            case GEO -> 0.35f;
            case PATRONYMIC -> 0.4f;
            case INITIALS -> 1f;
            default -> 1f;
        };
    }

    private static Iterable<String[]> readLines(String resource) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        for (String[] r : read(resource, false)) {
            rows.add(r);
        }
        return rows;
    }

    private static Iterable<String[]> read(String resource) {
        return read(resource, true);
    }

    private static java.util.List<String[]> read(String resource, boolean tabbed) {
        java.util.List<String[]> rows = new java.util.ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing matcher lexicon " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = tabbed ? line.split("\t") : new String[] {line.trim()};
                if (parts.length >= (tabbed ? 2 : 1)) {
                    rows.add(parts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
