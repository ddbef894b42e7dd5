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
        Band band = config.band(s);
        explain.add(0, String.format(Locale.ROOT, "name score %.3f (%s)", s, band));
        return new Comparison(s, band, explain);
    }

    static boolean personish(PartyKind kind) {
        return kind == null || kind == PartyKind.PERSON || kind == PartyKind.UNKNOWN;
    }
}
