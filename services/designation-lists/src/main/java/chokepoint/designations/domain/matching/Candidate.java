package chokepoint.designations.domain.matching;

import java.util.List;

/**
 * One list entry found for a query, scored on its best alias ({@code matchedName}).
 * Candidates of every band are returned, best first; callers act on {@link #band()}.
 */
public record Candidate(String entryKey, String designationId, String list, String matchedName,
                        String primaryName, double score, Band band, List<String> explanation) {
    public Candidate {
        explanation = List.copyOf(explanation);
    }
}
