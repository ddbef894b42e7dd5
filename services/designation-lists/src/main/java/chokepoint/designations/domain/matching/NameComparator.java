package chokepoint.designations.domain.matching;

import chokepoint.designations.domain.PartyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares two names without an index (no corpus IDF: lexicon weights only). Thread-safe.
 * Invalid names throw {@link InvalidNameException}.
 */
public final class NameComparator {

    private final MatchConfig config;
    private final TextNormalizer normalizer;

    public NameComparator() {
        this(MatchConfig.defaults());
    }

    public NameComparator(MatchConfig config) {
        this.config = config;
        this.normalizer = new TextNormalizer(config.maxNameLength());
    }

    public Comparison compare(String a, String b, PartyKind kind) {
        PreparedName pa = normalizer.prepare(a);
        PreparedName pb = normalizer.prepare(b);
        List<String> explain = new ArrayList<>();
        explain.addAll(pa.notes());
        explain.addAll(pb.notes());
        double s = NameScorer.score(pa, pb, personish(kind), NameScorer.Idf.NONE, explain);
        // a name written "A/B" also compares as A and as B (as NameIndex indexes it); the best counts
        List<PreparedName> xa = withParts(pa, a);
        List<PreparedName> xb = withParts(pb, b);
        if (xa.size() > 1 || xb.size() > 1) {
            for (PreparedName qa : xa) {
                for (PreparedName qb : xb) {
                    if (qa == pa && qb == pb) {
                        continue;
                    }
                    List<String> ex = new ArrayList<>();
                    double s2 = NameScorer.score(qa, qb, personish(kind), NameScorer.Idf.NONE, ex);
                    if (s2 > s) {
                        s = s2;
                        explain.clear();
                        explain.addAll(qa.notes());
                        explain.addAll(qb.notes());
                        explain.add("compared with the part \"" + (qa != pa ? qa.original() : qb.original()) + "\" of a name written A/B");
                        explain.addAll(ex);
                    }
                }
            }
        }
        Band band = config.band(s);
        explain.add(0, String.format(Locale.ROOT, "name score %.3f (%s)", s, band));
        return new Comparison(s, band, explain);
    }

    /** The prepared name and the prepared parts of its "A/B" alternatives that carry an ordinary word. */
    private List<PreparedName> withParts(PreparedName whole, String raw) {
        List<String> alts = TextNormalizer.alternatives(raw);
        if (alts.isEmpty()) {
            return List.of(whole);
        }
        List<PreparedName> out = new ArrayList<>(alts.size() + 1);
        out.add(whole);
        for (String alt : alts) {
            try {
                PreparedName p = normalizer.prepare(alt);
                for (byte c : p.classes()) {
                    if (c == Lexicon.NORMAL) {
                        out.add(p);
                        break;
                    }
                }
            } catch (InvalidNameException ex) {
                // punctuation only: not an alternative
            }
        }
        return out;
    }

    static boolean personish(PartyKind kind) {
        return kind == null || kind == PartyKind.PERSON || kind == PartyKind.UNKNOWN;
    }
}
