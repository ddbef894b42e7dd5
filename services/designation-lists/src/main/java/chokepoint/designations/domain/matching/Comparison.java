package chokepoint.designations.domain.matching;

import java.util.List;

/** Result of comparing two names: score in [0,1], its band and human-readable reasons. */
public record Comparison(double score, Band band, List<String> explanation) {
    public Comparison {
        explanation = List.copyOf(explanation);
    }
}
