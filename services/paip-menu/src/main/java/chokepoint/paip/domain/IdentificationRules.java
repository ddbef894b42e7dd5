package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Validation of an identification against 50 U.S.C. 1709(a). Pure. */
public final class IdentificationRules {

    private IdentificationRules() {
    }

    /**
     * All violations of an identification.
     *
     * @param identification the identification to check
     * @param lookup         resolves another identification by id (for the (iii)/(iv) link); returns empty if unknown
     */
    public static List<Violation> validate(Identification identification, Function<String, Optional<Identification>> lookup) {
        List<Violation> out = new ArrayList<>();
        Party party = identification.party();
        if (party == null || party.name().isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_PARTY_REQUIRED, "(a)(1)(A)", "identification.party.name",
                    "the report must identify a foreign person by name"));
        }
        if (party != null) {
            switch (party.kind()) {
                case UNSPECIFIED -> out.add(Violation.of(ReasonCode.PAIP_PARTY_KIND_REQUIRED, "(g)(8)",
                        "identification.party.kind", "say whether the person is an entity (ORGANIZATION) or an individual (PERSON)"));
                case VESSEL, AIRCRAFT -> out.add(Violation.of(ReasonCode.PAIP_NOT_A_PERSON, "(g)(8)",
                        "identification.party.kind", "a \"person\" is an individual or an entity; a " + party.kind()
                                + " cannot be identified under (a)(1)(A)"));
                default -> { }
            }
            if (party.isIndividual() && identification.financialInstitution()) {
                out.add(Violation.of(ReasonCode.PAIP_INDIVIDUAL_NOT_A_FINANCIAL_INSTITUTION, "(b)(1)(F)",
                        "identification.is_financial_institution", "an individual cannot be a financial institution"));
            }
        }
        Clause clause = identification.clause();
        if (clause == null) {
            out.add(Violation.of(ReasonCode.PAIP_CLAUSE_REQUIRED, "(a)(1)(A)", "identification.clause",
                    "choose the ground of identification: clause I, II, III or IV"));
        }
        int year = identification.reportYear();
        if (year < ReportPeriod.FIRST_YEAR || year > ReportPeriod.lastYear()) {
            out.add(Violation.of(ReasonCode.PAIP_REPORT_YEAR_OUT_OF_RANGE, "(a)(1)", "identification.report_year",
                    "reports are due from " + Statute.FIRST_REPORT_DUE + " (180 days after January 5, 2023) until the section "
                            + "terminates on " + Statute.TERMINATION_DATE + " ((f)); " + year + " is outside "
                            + ReportPeriod.FIRST_YEAR + ".." + ReportPeriod.lastYear()));
        }
        validatePeriod(identification, out);
        if (clause == Clause.I && identification.narrative().isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_NARRATIVE_REQUIRED, "(a)(1)(B)", "identification.narrative",
                    "the report must describe the nature, objective, and outcome of the theft a clause (i) person engaged in or benefitted from"));
        }
        if (clause == Clause.IV && identification.narrative().isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_ASSESSMENT_REQUIRED, "(a)(1)(C)", "identification.narrative",
                    "the report must assess whether the clause (iv) officer or board member engaged in, or benefitted from, "
                            + "activity described in clause (i) or (ii)"));
        }
        LocalDate theft = identification.theftOccurredOn();
        if (clause == Clause.I && theft != null && theft.isBefore(Statute.ENACTED)) {
            out.add(Violation.of(ReasonCode.PAIP_THEFT_BEFORE_ENACTMENT, "(a)(1)(A)(i)", "identification.theft_occurred_on",
                    "clause (i) covers theft that occurred on or after January 5, 2023; " + theft + " is earlier"));
        }
        if (clause == Clause.III && party != null && party.kind() == Party.Kind.PERSON) {
            out.add(Violation.of(ReasonCode.PAIP_CLAUSE_III_NOT_AN_ENTITY, "(a)(1)(A)(iii)", "identification.party.kind",
                    "clause (iii) identifies an entity owned, controlled by or acting for a clause (i)/(ii) person"));
        }
        if (clause == Clause.IV && party != null && party.kind() == Party.Kind.ORGANIZATION) {
            out.add(Violation.of(ReasonCode.PAIP_CLAUSE_IV_NOT_AN_INDIVIDUAL, "(a)(1)(A)(iv)", "identification.party.kind",
                    "clause (iv) identifies a chief executive officer or board member, an individual"));
        }
        if (clause == Clause.III || clause == Clause.IV) {
            validateLink(identification, clause, lookup, out);
        }
        return List.copyOf(out);
    }

    private static void validatePeriod(Identification identification, List<Violation> out) {
        ReportPeriod p = identification.period();
        if (p == null) {
            return;
        }
        if (p.start().isAfter(p.end())) {
            out.add(Violation.of(ReasonCode.PAIP_DATES_OUT_OF_ORDER, "(a)(2)", "identification.period_start",
                    "the period starts (" + p.start() + ") after it ends (" + p.end() + ")"));
            return;
        }
        int year = identification.reportYear();
        boolean ok = year <= ReportPeriod.FIRST_YEAR
                ? p.start().equals(Statute.ENACTED)
                : p.start().equals(p.end().minusYears(1)) && p.end().getYear() == year;
        if (!ok) {
            String sub = ReportPeriod.subsectionFor(year);
            out.add(Violation.of(ReasonCode.PAIP_PERIOD_MISMATCH, sub, "identification.period_start",
                    year <= ReportPeriod.FIRST_YEAR
                            ? "the first report covers the period beginning on January 5, 2023"
                            : "a subsequent report covers the one-year period preceding its submission date (in " + year + ")"));
        }
    }

    private static void validateLink(Identification identification, Clause clause,
            Function<String, Optional<Identification>> lookup, List<Violation> out) {
        String sub = clause.subsection();
        String relatedId = identification.relatedIdentificationId();
        if (relatedId.isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_RELATED_IDENTIFICATION_REQUIRED, sub, "identification.related_identification_id",
                    clause == Clause.III
                            ? "a clause (iii) entity must link to the clause (i)/(ii) person that owns, controls or is served by it"
                            : "a clause (iv) officer or board member must link to the clause (i)/(ii) entity"));
            return;
        }
        Optional<Identification> related = lookup == null ? Optional.empty() : lookup.apply(relatedId);
        if (related.isEmpty()) {
            out.add(Violation.of(ReasonCode.PAIP_RELATED_IDENTIFICATION_NOT_FOUND, sub,
                    "identification.related_identification_id", "no identification " + relatedId));
            return;
        }
        Identification r = related.get();
        if (r.clause() == null || !r.clause().primary()) {
            out.add(Violation.of(ReasonCode.PAIP_RELATED_IDENTIFICATION_WRONG_CLAUSE, sub,
                    "identification.related_identification_id",
                    "the linked identification must be under clause (i) or (ii), not " + r.clause()));
        }
        if (clause == Clause.IV && !r.isEntity()) {
            out.add(Violation.of(ReasonCode.PAIP_RELATED_IDENTIFICATION_NOT_AN_ENTITY, sub,
                    "identification.related_identification_id",
                    "clause (iv) concerns officers and board members of a foreign entity; the linked person is not an entity"));
        }
        if (r.reportYear() > identification.reportYear()) {
            out.add(Violation.of(ReasonCode.PAIP_RELATED_IDENTIFICATION_IN_LATER_REPORT, sub,
                    "identification.related_identification_id",
                    "the linked person is identified only in the later report of " + r.reportYear()));
        }
    }
}
