package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Why (part of) a verdict was given: what this reason alone demands, under which authority and citation,
 * which list entry and how it matched, the ownership path that carried it, and the date that made it apply.
 */
public record Reason(ReasonCode code, Verdict verdict, String authority, String citation, String list,
                     String designationId, String matchedName, Double score, List<String> ownershipPath,
                     LocalDate effectiveFrom, String explanation, String program, String licenseReviewPolicy,
                     String subject) {
    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(verdict, "verdict");
        authority = nz(authority);
        citation = nz(citation);
        list = nz(list);
        designationId = nz(designationId);
        matchedName = nz(matchedName);
        ownershipPath = ownershipPath == null ? List.of() : List.copyOf(ownershipPath);
        explanation = nz(explanation);
        program = nz(program);
        licenseReviewPolicy = nz(licenseReviewPolicy);
        subject = nz(subject);
    }

    /** The same reason with another explanation. */
    public Reason withExplanation(String newExplanation) {
        return new Reason(code, verdict, authority, citation, list, designationId, matchedName, score, ownershipPath,
                effectiveFrom, newExplanation, program, licenseReviewPolicy, subject);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static Builder builder(ReasonCode code, Verdict verdict) {
        return new Builder(code, verdict);
    }

    /** Builder, because most reasons fill only some fields. */
    public static final class Builder {
        private final ReasonCode code;
        private final Verdict verdict;
        private String authority;
        private String citation;
        private String list;
        private String designationId;
        private String matchedName;
        private Double score;
        private List<String> ownershipPath = List.of();
        private LocalDate effectiveFrom;
        private String explanation;
        private String program;
        private String licenseReviewPolicy;
        private String subject;

        private Builder(ReasonCode code, Verdict verdict) {
            this.code = code;
            this.verdict = verdict;
        }

        public Builder authority(String v) { this.authority = v; return this; }
        public Builder citation(String v) { this.citation = v; return this; }
        public Builder list(String v) { this.list = v; return this; }
        public Builder designationId(String v) { this.designationId = v; return this; }
        public Builder matchedName(String v) { this.matchedName = v; return this; }
        public Builder score(Double v) { this.score = v; return this; }
        public Builder ownershipPath(List<String> v) { this.ownershipPath = v; return this; }
        public Builder effectiveFrom(LocalDate v) { this.effectiveFrom = v; return this; }
        public Builder explanation(String v) { this.explanation = v; return this; }
        public Builder program(String v) { this.program = v; return this; }
        public Builder licenseReviewPolicy(String v) { this.licenseReviewPolicy = v; return this; }
        public Builder subject(String v) { this.subject = v; return this; }

        /** Fills list, designation id, matched name, score, path and subject from a listing. */
        public Builder from(Listing l) {
            this.list = l.list();
            this.designationId = String.join(",", l.designationIds());
            this.matchedName = l.matchedName();
            this.score = l.score();
            this.ownershipPath = l.ownershipPath();
            this.subject = l.subject();
            return this;
        }

        public Reason build() {
            return new Reason(code, verdict, authority, citation, list, designationId, matchedName, score,
                    ownershipPath, effectiveFrom, explanation, program, licenseReviewPolicy, subject);
        }
    }
}
