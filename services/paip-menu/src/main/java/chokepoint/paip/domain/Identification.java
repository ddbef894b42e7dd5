package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A foreign person identified in the report to Congress for {@code reportYear}, 50 U.S.C. 1709(a)(1)(A).
 *
 * @param id                      assigned by the service ("" before creation)
 * @param party                   the identified person (entity or individual)
 * @param clause                  the ground, (a)(1)(A)(i)-(iv)
 * @param financialInstitution    whether the entity is a financial institution ((b)(1)(F) applies only then)
 * @param reportYear              the year of the report identifying the person
 * @param narrative               for clause (i): the (a)(1)(B) description of the nature, objective and outcome of the
 *                                theft; for clause (iv): the (a)(1)(C) assessment whether the officer engaged in or
 *                                benefitted from clause (i)/(ii) activity; optional otherwise
 * @param relatedIdentificationId for (iii): the (i)/(ii) person owning/controlling the entity; for (iv): the (i)/(ii)
 *                                entity of which the person is CEO or board member
 * @param evidence                references to the evidence relied on (document ids, URLs)
 * @param period                  the (a)(2) period; null means the default for the report year
 * @param theftOccurredOn         optional: when the theft occurred ((a)(1)(A)(i) requires on or after 2023-01-05)
 */
public record Identification(
        String id,
        Party party,
        Clause clause,
        boolean financialInstitution,
        int reportYear,
        String narrative,
        String relatedIdentificationId,
        List<String> evidence,
        ReportPeriod period,
        LocalDate theftOccurredOn) {

    public Identification {
        id = Party.nz(id);
        narrative = Party.nz(narrative);
        relatedIdentificationId = Party.nz(relatedIdentificationId);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Convenience constructor with the default period and no theft date. */
    public Identification(String id, Party party, Clause clause, boolean financialInstitution, int reportYear,
            String narrative, String relatedIdentificationId, List<String> evidence) {
        this(id, party, clause, financialInstitution, reportYear, narrative, relatedIdentificationId, evidence, null, null);
    }

    /** The (a)(2) period: the one recorded, else the default for the report year. */
    public ReportPeriod effectivePeriod() {
        return period != null ? period : ReportPeriod.forReportYear(reportYear);
    }

    public boolean isIndividual() {
        return party != null && party.isIndividual();
    }

    public boolean isEntity() {
        return party != null && party.isEntity();
    }

    public Identification withId(String newId) {
        return new Identification(newId, party, clause, financialInstitution, reportYear, narrative,
                relatedIdentificationId, evidence, period, theftOccurredOn);
    }

    /** The same identification with its period filled in from the report year when absent. */
    public Identification withDefaultPeriod() {
        return new Identification(id, party, clause, financialInstitution, reportYear, narrative,
                relatedIdentificationId, evidence, effectivePeriod(), theftOccurredOn);
    }
}
