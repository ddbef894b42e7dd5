package chokepoint.designations.domain.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name normalization: validation, Unicode NFKC, Han lexicon translation, ICU transliteration to
 * Latin (Han to pinyin without tones, Cyrillic by BGN/PCGN, everything else by ICU Any-Latin:
 * Arabic, Greek, Hebrew, Hangul, kana, Thai, Armenian, Georgian, ...; Khmer and Lao by our own ICU
 * rules, see resources/matching/README.md), diacritics removal via
 * Latin-ASCII, case folding, tokenization (apostrophes dropped inside words, other punctuation
 * splits), and canonicalization of legal forms / common words from {@link Lexicon}.
 * A script ICU cannot transliterate keeps its letters, still NFKC + case-folded.
 */
final class TextNormalizer {

    /** Tokens kept per name (bounded work). */
    static final int MAX_TOKENS = 40;

    private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /**
     * Khmer and Lao, which ICU cannot romanize: our own ICU rules (resources/matching/*-latin.rules),
     * read once; each thread compiles its own instance, like the ICU ones above.
     */
    private static final String KHMER_RULES = rules("khmer-latin.rules");
    private static final String LAO_RULES = rules("lao-latin.rules");
    private static final ThreadLocal<Transliterator> KHMER = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("Khmer-Latin/Chokepoint", KHMER_RULES, Transliterator.FORWARD));
    private static final ThreadLocal<Transliterator> LAO = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("Lao-Latin/Chokepoint", LAO_RULES, Transliterator.FORWARD));

    private static String rules(String resource) {
        try (var in = TextNormalizer.class.getResourceAsStream("/matching/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource matching/" + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final Lexicon lex = Lexicon.INSTANCE;
    private final int maxLength;

    TextNormalizer(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The alternatives of a name written "A/B" (Al-Qa'ida/Islamic Army, New People's Army / Communist
     * Party): the parts between slashes that have at least two letters on each side of the slash;
     * empty when there is no such slash. A/S, S/A, c/o and numbers (140/14) are not split. The whole
     * name stays a name of its own; callers keep only parts with an ordinary (not lexicon) word.
     */
    static List<String> alternatives(String name) {
        if (name == null || name.indexOf('/') < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(2);
        int start = 0;
        for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
            if (letters(name, i, -1) >= 2 && letters(name, i, +1) >= 2) {
                parts.add(name.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        parts.add(name.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Letters in the word next to position {@code at} (skipping spaces) in direction {@code dir}. */
    private static int letters(String s, int at, int dir) {
        int i = at + dir;
        while (i >= 0 && i < s.length() && s.charAt(i) == ' ') {
            i += dir;
        }
        int n = 0;
        while (i >= 0 && i < s.length() && Character.isLetter(s.charAt(i))) {
            n++;
            i += dir;
        }
        return n;
    }

    /** Validates and normalizes; throws {@link InvalidNameException}. */
    PreparedName prepare(String name) {
        validate(name);
        List<String> notes = new ArrayList<>(2);
        String s = name;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        String script = "Latin";
        if (!isAscii(s)) {
            int sc = dominantScript(s);
            script = UScript.getName(sc);
            boolean transcription = sc == UScript.HAN && HanTranscription.isForeignName(s);
            if (transcription) {
                // 贝拉克·奥巴马: a foreign name transcribed syllable by syllable, parts separated by a
                // middle dot; the syllables of a part spell one foreign word (bei la ke -> beilake)
                s = transcribedParts(s);
                script = HanTranscription.SCRIPT;
                notes.add("Chinese transcription of a foreign name: each part read as one word");
            } else if (sc == UScript.HAN) {
                String t = translateHan(s);
                if (!t.equals(s)) {
                    notes.add("Chinese words translated by lexicon");
                }
                s = t;
            }
            if (sc == UScript.HANGUL) {
                s = splitHangulSyllables(s); // 이재명 -> "i jae myeong": Korean names are compared syllable by syllable
            }
            String before = s;
            s = transcription ? s : sc == UScript.LATIN || sc == UScript.COMMON || sc == UScript.INHERITED ? latinToAscii(s) : transliterate(s, sc);
            if (!transcription && sc != UScript.LATIN && sc != UScript.COMMON && sc != UScript.INHERITED && !before.equals(s)) {
                notes.add(script + " transliterated to Latin");
            }
        }
        if (s.indexOf('%') >= 0 && s.codePoints().anyMatch(Character::isLetterOrDigit)) {
            // the sign read as its word (3%ers = 3 percenters = Three Percenters); a name of signs
            // alone stays what it is, punctuation, and is refused as empty
            s = s.replace("%", " percent");
        }
        PreparedName p = tokenize(name, s, script, notes);
        if (p.isEmpty()) {
            throw new InvalidNameException(InvalidNameException.Reason.EMPTY, "no letters or digits in name");
        }
        return p;
    }

    /** Each separated part in pinyin without tones, its syllables written together: "beilake aobama". */
    private static String transcribedParts(String s) {
        StringBuilder b = new StringBuilder(s.length() * 4);
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || HanTranscription.isSeparator(s.charAt(i)) || Character.isWhitespace(s.charAt(i))) {
                if (i > start) {
                    String latin = transliterate(s.substring(start, i), UScript.HAN); // memoized per chunk
                    b.append(' ');
                    for (int k = 0; k < latin.length(); k++) {
                        char c = latin.charAt(k);
                        if (Character.isLetterOrDigit(c)) {
                            b.append(c);
                        }
                    }
                }
                start = i + 1;
            }
        }
        return b.toString().trim();
    }

    /** A space between adjacent precomposed Hangul syllables (U+AC00..U+D7A3). */
    private static String splitHangulSyllables(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && isHangulSyllable(c) && isHangulSyllable(s.charAt(i - 1))) {
                b.append(' ');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isHangulSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /** Memo of transliterated chunks (names repeat their words); cleared when it grows past the bound. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 200_000;

    /** Transliterates chunk by chunk (split at whitespace), memoized; ICU is costly per call. */
    private static String transliterate(String s, int script) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i) {
                String chunk = s.substring(i, j);
                String key = script == UScript.CYRILLIC ? "c" + chunk : "a" + chunk;
                String out = MEMO.get(key);
                if (out == null) {
                    out = (script == UScript.CYRILLIC ? CYRILLIC : script == UScript.KHMER ? KHMER : script == UScript.LAO ? LAO : ANY)
                            .get().transliterate(chunk);
                    if (MEMO.size() > MEMO_LIMIT) {
                        MEMO.clear();
                    }
                    MEMO.put(key, out);
                }
                b.append(out);
            }
            if (j < s.length()) {
                b.append(' ');
            }
            i = j + 1;
        }
        return b.toString();
    }

    /** Latin with diacritics: decompose and drop marks, a few letters by hand; ICU Latin-ASCII for the rest. */
    private static String latinToAscii(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean rest = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 0x80) {
                b.append(c);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'þ' -> b.append("th");
                case 'œ' -> b.append("oe");
                case 'Œ' -> b.append("OE");
                case 'ı' -> b.append('i');
                case '’', '‘', 'ʼ', 'ʻ' -> b.append('\'');
                default -> {
                    b.append(c);
                    rest = true;
                }
            }
        }
        return rest ? ANY.get().transliterate(b.toString()) : b.toString();
    }

    void validate(String name) {
        if (name == null) {
            throw new InvalidNameException(InvalidNameException.Reason.NULL, "name is null");
        }
        if (name.length() > maxLength) {
            throw new InvalidNameException(InvalidNameException.Reason.TOO_LONG,
                    "name has " + name.length() + " chars, limit " + maxLength);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new InvalidNameException(InvalidNameException.Reason.LONE_SURROGATE, "unpaired surrogate at " + i);
            }
            if (Character.isLowSurrogate(c)) {
                throw new InvalidNameException(InvalidNameException.Reason.LONE_SURROGATE, "unpaired surrogate at " + i);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidNameException(InvalidNameException.Reason.CONTROL_CHARACTER,
                        String.format("control character U+%04X at %d", (int) c, i));
            }
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int dominantScript(String s) {
        int[] counts = new int[UScript.CODE_LIMIT];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int sc = UScript.getScript(cp);
                if (sc >= 0 && sc < counts.length) {
                    counts[sc]++;
                }
            }
        }
        int best = UScript.LATIN;
        int bestN = 0;
        for (int sc = 0; sc < counts.length; sc++) {
            if (sc != UScript.LATIN && counts[sc] > bestN) {
                best = sc;
                bestN = counts[sc];
            }
        }
        return best;
    }

    /** Longest-match translation of known Chinese words; each becomes a space-separated English word. */
    private String translateHan(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        int i = 0;
        while (i < s.length()) {
            String hit = null;
            int hitLen = 0;
            for (int len = Math.min(lex.maxHanLength, s.length() - i); len >= 2; len--) {
                String e = lex.han.get(s.substring(i, i + len));
                if (e != null) {
                    hit = e;
                    hitLen = len;
                    break;
                }
            }
            if (hit == null) {
                String e = lex.han.get(s.substring(i, i + 1));
                if (e != null) {
                    hit = e;
                    hitLen = 1;
                }
            }
            if (hit != null) {
                b.append(' ').append(hit).append(' ');
                i += hitLen;
            } else {
                b.append(s.charAt(i));
                i++;
            }
        }
        return b.toString();
    }

    /** Scripts whose romanization is syllable by syllable: Han (pinyin) and Hangul. */
    static boolean isSyllabic(String script) {
        return "Han".equals(script) || "Hangul".equals(script);
    }

    /**
     * Lexicon phrases spelled with single letters ("L.P.", "Sp. z o.o.", "S.A.") become one raw token
     * before runs of initials are joined, so "Partners V L.P." keeps "V" and the legal form "LP"
     * instead of one word "VLP". Only a phrase that ends the name or contains a longer word is
     * protected ("J. S. A. Smith" keeps its initials).
     */
    private List<String> protectLetterPhrases(List<String> raw) {
        List<String> out = null;
        int i = 0;
        while (i < raw.size()) {
            int took = 0;
            if (lex.phraseStarts.contains(raw.get(i))) {
                for (int len = Math.min(lex.maxPhraseTokens, raw.size() - i); len >= 2 && took == 0; len--) {
                    boolean single = false;
                    boolean longer = false;
                    for (int k = i; k < i + len; k++) {
                        if (raw.get(k).length() == 1) {
                            single = true;
                        } else {
                            longer = true;
                        }
                    }
                    if (single && (longer || i + len == raw.size()) && lex.terms.containsKey(String.join(" ", raw.subList(i, i + len)))) {
                        took = len;
                    }
                }
            }
            if (took > 0) {
                if (out == null) {
                    out = new ArrayList<>(raw.subList(0, i));
                }
                out.add(String.join(" ", raw.subList(i, i + took)));
                i += took;
            } else {
                if (out != null) {
                    out.add(raw.get(i));
                }
                i++;
            }
        }
        return out == null ? raw : out;
    }

    /** Runs of two or more single letters become one token: "A.B.C. Company" = "ABC Company". */
    private static List<String> joinInitials(List<String> raw) {
        List<String> out = null;
        int i = 0;
        while (i < raw.size()) {
            int j = i;
            while (j < raw.size() && raw.get(j).length() == 1 && Character.isLetter(raw.get(j).charAt(0))) {
                j++;
            }
            if (j - i >= 2) {
                if (out == null) {
                    out = new ArrayList<>(raw.subList(0, i));
                }
                out.add(String.join("", raw.subList(i, j)));
                i = j;
            } else {
                if (out != null) {
                    out.add(raw.get(i));
                }
                i++;
            }
        }
        return out == null ? raw : out;
    }

    /**
     * A Roman numeral of 2-7 letters I, V, X (II..XXXIX) as digits, else null. Not the first word
     * of a name (the caller checks) and never "XI", which is far more often the Chinese surname Xi
     * than the number 11; single letters stay initials (V. Putin).
     */
    static String romanNumeral(String w) {
        int n = w.length();
        if (n < 2 || n > 7 || w.equals("xi")) {
            return null;
        }
        int total = 0;
        int prev = 0;
        for (int k = n - 1; k >= 0; k--) {
            int v = switch (w.charAt(k)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return null;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        // only canonical spellings (iiii, vv, ixx are words or typos, not numerals)
        String canon = toRoman(total);
        return canon.equals(w) ? Integer.toString(total) : null;
    }

    private static String toRoman(int v) {
        if (v <= 0 || v >= 40) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < v / 10; k++) {
            b.append('x');
        }
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return b.append(ones[v % 10]).toString();
    }

    /** Russian/Turkic patronymics (Viktorovich, Ivanovna, Ogly): matter less than given and family names. */
    static final boolean BEN_GIVEN = Boolean.parseBoolean(System.getProperty("chokepoint.matching.bengiven", "true"));

    static boolean isPatronymic(String w) {
        return w.length() > 6 && (w.endsWith("ovich") || w.endsWith("evich") || w.endsWith("ovna") || w.endsWith("evna")
                || w.endsWith("yevich") || w.endsWith("ogly") || w.endsWith("oglu") || w.endsWith("kyzy"));
    }

    private PreparedName tokenize(String original, String s, String script, List<String> notes) {
        List<String> raw = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if ((type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK)
                    && cur.length() > 0 && cur.charAt(cur.length() - 1) >= 0x80) {
                // a mark on a letter no transliterator turned into Latin (Khmer, Ethiopic vowel signs …): part of the
                // word and of its identity (សុខា is not សខ); Latin marks are gone before this (latinToAscii)
                cur.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                if (cp < 0x80) {
                    cur.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
                } else {
                    cur.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
                }
            } else if (cp == '\'' || cp == '\u2019' || cp == '\u02B9' || cp == '\u02BA' || cp == '\u02BB'
                    || cp == '\u02BC' || cp == '\u2018' || cp == '`' || cp == '\u00B4' || cp == '\u00B7' || cp == '\u02B9'
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                // middle dot: BGN/PCGN writes it inside a word to keep letters apart (Khurel·chukh)
                // dropped inside words: O'Brien -> obrien, Int'l -> intl
            } else if (cur.length() > 0) {
                raw.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            raw.add(cur.toString());
        }
        raw = joinInitials(protectLetterPhrases(raw));
        if (raw.size() > MAX_TOKENS * 2) {
            raw = raw.subList(0, MAX_TOKENS * 2);
            notes.add("name truncated to " + MAX_TOKENS * 2 + " words");
        }
        List<String> toks = new ArrayList<>(raw.size());
        List<Byte> cls = new ArrayList<>(raw.size());
        boolean syllabic = isSyllabic(script);
        int tensWord = -1; // index of a token that a tens number word ("forty") produced
        int i = 0;
        while (i < raw.size()) {
            Lexicon.Term hit = null;
            int hitLen = 0;
            int maxLen = lex.phraseStarts.contains(raw.get(i)) ? Math.min(lex.maxPhraseTokens, raw.size() - i) : 1;
            for (int len = maxLen; len >= 1; len--) {
                String key = len == 1 ? raw.get(i) : String.join(" ", raw.subList(i, i + len));
                Lexicon.Term t = lex.terms.get(key);
                if (t != null && syllabic && (t.cls() == Lexicon.PARTICLE || t.cls() == Lexicon.STOP || key.equals("san"))) {
                    t = null; // pinyin/Hangul syllables "bin", "de", "san" are names, not particles or legal forms
                }
                if (t != null) {
                    hit = t;
                    hitLen = len;
                    break;
                }
            }
            if (hit != null && i == 0 && BEN_GIVEN && raw.size() >= 2 && raw.get(0).equals("ben") && s.indexOf(',') < 0) {
                // "Ben" opening a name written in given-name order is the English given name (Ben =
                // Benjamin), not the particle "son of", which follows a given name (Zine Ben Ali);
                // "BEN ALI, Nessim" (surname first, with a comma) keeps the particle
                hit = null;
            }
            if (hit != null && hit.cls() == Lexicon.NUM) {
                String digits = hit.canonical()[0];
                int last = toks.size() - 1;
                // "forty four" -> 44
                if (digits.length() == 1 && last >= 0 && cls.get(last) == Lexicon.NORMAL
                        && toks.get(last).length() == 2 && toks.get(last).endsWith("0") && toks.get(last).charAt(0) >= '2'
                        && toks.get(last).charAt(0) <= '9') {
                    toks.set(last, toks.get(last).charAt(0) + digits);
                } else {
                    toks.add(digits);
                    cls.add(Lexicon.NORMAL);
                    if (digits.length() == 2 && digits.charAt(1) == '0') {
                        tensWord = toks.size() - 1;
                    }
                }
                i += hitLen;
            } else if (hit != null) {
                if (hit.cls() != Lexicon.STOP) {
                    for (String c : hit.canonical()) {
                        toks.add(c);
                        cls.add(hit.cls());
                    }
                }
                i += hitLen;
            } else {
                String w = raw.get(i);
                Lexicon.Term fuzzy = w.length() >= 9 ? lex.fuzzyLongTerm(w) : null;
                if (fuzzy != null) {
                    // misspelled long legal form or company word: Aktiengeselschaft = AG
                    for (String c : fuzzy.canonical()) {
                        toks.add(c);
                        cls.add(fuzzy.cls());
                    }
                    i++;
                    continue;
                }
                if (w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '9' && tensWord >= 0 && tensWord == toks.size() - 1) {
                    toks.set(tensWord, toks.get(tensWord).charAt(0) + w); // "forty 4" -> 44
                    tensWord = -1;
                    i++;
                    continue;
                }
                String roman = toks.isEmpty() || syllabic ? null : romanNumeral(w);
                if (roman != null) {
                    toks.add(roman); // Louis XIV = Louis 14, Fund III = Fund 3
                    cls.add(Lexicon.NORMAL);
                    i++;
                    continue;
                }
                toks.add(w);
                cls.add(isPatronymic(w) ? Lexicon.PATRONYMIC : Lexicon.NORMAL);
                i++;
            }
        }
        if (toks.isEmpty() && !raw.isEmpty()) {
            // a name made only of stop words ("The And"): keep them as ordinary tokens
            toks.addAll(raw);
            for (int k = 0; k < raw.size(); k++) {
                cls.add(Lexicon.NORMAL);
            }
        }
        int n = Math.min(toks.size(), MAX_TOKENS);
        if (toks.size() > MAX_TOKENS) {
            notes.add("only the first " + MAX_TOKENS + " words compared");
        }
        String[] ta = new String[n];
        byte[] ca = new byte[n];
        for (int k = 0; k < n; k++) {
            ta[k] = toks.get(k);
            ca[k] = cls.get(k);
        }
        return new PreparedName(original, ta, ca, script, notes.isEmpty() ? List.of() : List.copyOf(notes));
    }
}
