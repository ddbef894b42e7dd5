package chokepoint.prohibition.domain;

import java.util.List;

/**
 * One way a name or identifier of the screened party (or of a declared owner or officer) met a
 * designation (mirror of designations.v1.ListHit).
 *
 * @param subject "customer" (or empty), "owner:&lt;name&gt;", "officer:&lt;name&gt;"
 */
public record Hit(String subject, String queryName, Designation designation, String matchedName, double score,
                  MatchBand band, boolean identifierMatch, List<String> explanation) {
    public static final String CUSTOMER = "customer";

    public Hit {
        subject = subject == null || subject.isBlank() ? CUSTOMER : subject;
        queryName = queryName == null ? "" : queryName;
        matchedName = matchedName == null ? "" : matchedName;
        band = band == null ? MatchBand.UNSPECIFIED : band;
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    public static Hit match(Designation d, String matchedName, double score) {
        return new Hit(CUSTOMER, matchedName, d, matchedName, score, MatchBand.MATCH, false, List.of());
    }

    public static Hit possible(Designation d, String matchedName, double score) {
        return new Hit(CUSTOMER, matchedName, d, matchedName, score, MatchBand.POSSIBLE, false, List.of());
    }

    public Hit about(String newSubject) {
        return new Hit(newSubject, queryName, designation, matchedName, score, band, identifierMatch, explanation);
    }

    public Hit byIdentifier() {
        return new Hit(subject, queryName, designation, matchedName, score, band, true, explanation);
    }

    /** A MATCH band hit, or an identifier match, means the subject is on that list. */
    public boolean conclusive() {
        return identifierMatch || band == MatchBand.MATCH;
    }

    /** POSSIBLE (or an unknown band) without an identifier match: a human must look (never a silent pass). */
    public boolean needsReview() {
        return !identifierMatch && (band == MatchBand.POSSIBLE || band == MatchBand.UNSPECIFIED);
    }

    public boolean aboutCustomer() {
        return CUSTOMER.equals(subject);
    }

    public boolean aboutOwner() {
        return subject.startsWith("owner:");
    }

    public boolean aboutOfficer() {
        return subject.startsWith("officer:");
    }
}
