package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Validation of a sanctions package against 50 U.S.C. 1709(b), (f). Pure: returns every violation found. */
public final class PackageRules {

    private PackageRules() {
    }

    /**
     * @param pkg                    the package to impose
     * @param identification         the identification it is for
     * @param mostRecentReportYear   the year of the most recent report submitted under (a) as of the package date
     *                               (empty if none has been submitted)
     */
    public static List<Violation> validate(SanctionPackage pkg, Identification identification, OptionalInt mostRecentReportYear) {
        List<Violation> out = new ArrayList<>();
        if (identification.party() == null || identification.party().kind() == Party.Kind.UNSPECIFIED) {
            out.add(Violation.of(ReasonCode.PAIP_PARTY_KIND_REQUIRED, "(g)(8)", "identification.party.kind",
                    "cannot tell whether (b)(1) (entity) or (b)(2) (individual) applies"));
            return out;
        }
        boolean individual = identification.isIndividual();
        String base = individual ? "(b)(2)" : "(b)(1)";
        if (!pkg.identificationId().isBlank() && !identification.id().isBlank()
                && !pkg.identificationId().equals(identification.id())) {
            out.add(Violation.of(ReasonCode.PAIP_IDENTIFICATION_MISMATCH, base, "package.identification_id",
                    "the package is for identification " + pkg.identificationId() + ", not " + identification.id()));
        }
        validateDates(pkg, identification, base, out);
        validateLatestReport(identification, mostRecentReportYear, base, out);
        if (individual) {
            validateIndividual(pkg, out);
        } else {
            validateEntity(pkg, identification, out);
        }
        return List.copyOf(out);
    }

    private static void validateDates(SanctionPackage pkg, Identification identification, String base, List<Violation> out) {
        LocalDate from = pkg.effectiveFrom();
        if (from == null) {
            out.add(Violation.of(ReasonCode.PAIP_EFFECTIVE_DATE_REQUIRED, base, "package.effective_from",
                    "say from which date the sanctions apply"));
            return;
        }
        if (!from.isBefore(Statute.TERMINATION_DATE)) {
            out.add(Violation.of(ReasonCode.PAIP_AFTER_SUNSET, "(f)", "package.effective_from",
                    "the section terminated on " + Statute.TERMINATION_DATE + " (7 years after January 5, 2023); no sanction "
                            + "can be imposed from " + from));
        }
        if (from.isBefore(Statute.ENACTED)) {
            out.add(Violation.of(ReasonCode.PAIP_BEFORE_ENACTMENT, "(a)(1)", "package.effective_from",
                    "the Act was enacted on " + Statute.ENACTED + "; sanctions cannot apply from " + from));
        } else if (from.isBefore(identification.effectivePeriod().start())) {
            out.add(Violation.of(ReasonCode.PAIP_DATES_OUT_OF_ORDER, "(a)(2)", "package.effective_from",
                    "the package takes effect (" + from + ") before the period of the identifying report begins ("
                            + identification.effectivePeriod().start() + ")"));
        }
    }

    private static void validateLatestReport(Identification identification, OptionalInt mostRecent, String base,
            List<Violation> out) {
        if (mostRecent.isEmpty() || mostRecent.getAsInt() != identification.reportYear()) {
            out.add(Violation.of(ReasonCode.PAIP_NOT_IDENTIFIED_IN_LATEST_REPORT, base, "package.identification_id",
                    "sanctions apply to a person identified \"in the most recent report submitted under\" (a); this identification "
                            + "is in the report of " + identification.reportYear() + (mostRecent.isEmpty()
                                    ? " but no report has been submitted"
                                    : " while the most recent report is that of " + mostRecent.getAsInt())));
        }
    }

    private static void validateIndividual(SanctionPackage pkg, List<Violation> out) {
        for (int i = 0; i < pkg.measures().size(); i++) {
            String raw = pkg.measures().get(i);
            if (IndividualSanction.parse(raw).isPresent()) {
                continue;
            }
            if (Measure.parse(raw).isPresent() || "F".equalsIgnoreCase(raw == null ? "" : raw.strip())) {
                out.add(Violation.of(ReasonCode.PAIP_INDIVIDUAL_HAS_NO_MENU, "(b)(2)", "package.measures[" + i + "]",
                        "for an individual the (b)(2) sanctions (blocking, visa ineligibility and revocation) are mandatory and "
                                + "imposed as such; menu measure " + raw.strip() + " cannot be chosen"));
            } else {
                out.add(unknown("(b)(2)", "package.measures[" + i + "]", raw));
            }
        }
        if (!pkg.officerSanctions().isEmpty()) {
            out.add(Violation.of(ReasonCode.PAIP_INDIVIDUAL_HAS_NO_MENU, "(b)(2)", "package.officer_sanctions",
                    "(b)(1)(L) officer sanctions are part of the entity menu; an individual gets the mandatory (b)(2) sanctions"));
        }
        if (!pkg.licenseRequirement().isBlank() || !pkg.licenseReviewPolicy().isBlank()) {
            out.add(Violation.of(ReasonCode.PAIP_ENTITY_LIST_TERMS_WITHOUT_B, "(b)(2)", "package.license_requirement",
                    "Entity List license terms belong to measure (b)(1)(B), which is not imposed on an individual under (b)(2)"));
        }
    }

    private static void validateEntity(SanctionPackage pkg, Identification identification, List<Violation> out) {
        Set<Measure> chosen = EnumSet.noneOf(Measure.class);
        for (int i = 0; i < pkg.measures().size(); i++) {
            String raw = pkg.measures().get(i);
            String field = "package.measures[" + i + "]";
            Optional<Measure> m = Measure.parse(raw);
            if (m.isEmpty()) {
                out.add(entityTokenProblem(raw, field));
                continue;
            }
            if (!chosen.add(m.get())) {
                out.add(Violation.of(ReasonCode.PAIP_DUPLICATE_MEASURE, m.get().subsection(), field,
                        "measure " + m.get().token() + " is chosen more than once; it counts as one sanction"));
            }
        }
        int count = Menu.sanctionCount(chosen);
        if (count < Statute.MINIMUM_ENTITY_SANCTIONS) {
            out.add(Violation.of(ReasonCode.PAIP_FEWER_THAN_FIVE, "(b)(1)", "package.measures",
                    "the President shall impose 5 or more of the sanctions in (b)(1); this package counts " + count
                            + " (F(i) and F(ii) count one each)"));
        }
        for (Measure m : chosen) {
            if (m.financialInstitutionsOnly() && !identification.financialInstitution()) {
                out.add(Violation.of(ReasonCode.PAIP_NOT_A_FINANCIAL_INSTITUTION, "(b)(1)(F)", "package.measures",
                        m.token() + " may be imposed against the entity only \"if the entity is a financial institution\"; "
                                + "this entity is not identified as one"));
            }
        }
        validateOfficers(pkg, chosen.contains(Measure.L), out);
        if (!chosen.contains(Measure.B) && (!pkg.licenseRequirement().isBlank() || !pkg.licenseReviewPolicy().isBlank())) {
            out.add(Violation.of(ReasonCode.PAIP_ENTITY_LIST_TERMS_WITHOUT_B, "(b)(1)(B)", "package.license_requirement",
                    "license requirement and review policy describe an Entity List entry; choose measure B or leave them empty"));
        }
    }

    private static void validateOfficers(SanctionPackage pkg, boolean lChosen, List<Violation> out) {
        List<OfficerSanction> officers = pkg.officerSanctions();
        if (!lChosen) {
            if (!officers.isEmpty()) {
                out.add(Violation.of(ReasonCode.PAIP_OFFICERS_WITHOUT_L, "(b)(1)(L)", "package.officer_sanctions",
                        "officer sanctions are imposed under measure L; add L or remove the officers"));
            }
            return;
        }
        if (officers.isEmpty()) {
            out.add(Violation.of(ReasonCode.PAIP_OFFICERS_NOT_NAMED, "(b)(1)(L)", "package.officer_sanctions",
                    "measure L sanctions the principal executive officer or officers of the entity: name each officer and the "
                            + "measures chosen for them"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < officers.size(); i++) {
            OfficerSanction o = officers.get(i);
            String field = "package.officer_sanctions[" + i + "]";
            if (o.officerName().isBlank()) {
                out.add(Violation.of(ReasonCode.PAIP_OFFICERS_NOT_NAMED, "(b)(1)(L)", field + ".officer_name",
                        "each principal executive officer sanctioned under L must be named"));
            } else if (!names.add(o.officerName().strip().toLowerCase(Locale.ROOT))) {
                out.add(Violation.of(ReasonCode.PAIP_DUPLICATE_OFFICER, "(b)(1)(L)", field + ".officer_name",
                        "officer " + o.officerName() + " is listed more than once"));
            }
            if (o.measures().isEmpty()) {
                out.add(Violation.of(ReasonCode.PAIP_OFFICER_MEASURES_REQUIRED, "(b)(1)(L)", field + ".measures",
                        "choose the sanctions under (b)(1) to impose on " + o.officerName()));
            }
            Set<Measure> seen = EnumSet.noneOf(Measure.class);
            for (int j = 0; j < o.measures().size(); j++) {
                String raw = o.measures().get(j);
                String mf = field + ".measures[" + j + "]";
                Optional<Measure> m = Measure.parse(raw);
                if (m.isEmpty()) {
                    out.add(entityTokenProblem(raw, mf));
                    continue;
                }
                if (!seen.add(m.get())) {
                    out.add(Violation.of(ReasonCode.PAIP_DUPLICATE_MEASURE, "(b)(1)(L)", mf,
                            "measure " + m.get().token() + " is chosen more than once for " + o.officerName()));
                }
                if (m.get().financialInstitutionsOnly() || m.get() == Measure.L) {
                    out.add(Violation.of(ReasonCode.PAIP_OFFICER_MEASURE_NOT_APPLICABLE, m.get().subsection(), mf,
                            m.get() == Measure.L
                                    ? "L cannot be imposed on an officer (an officer has no principal executive officers)"
                                    : m.get().token() + " applies only to a financial institution, not to an officer"));
                }
            }
        }
    }

    private static Violation entityTokenProblem(String raw, String field) {
        String t = raw == null ? "" : raw.strip();
        if ("F".equalsIgnoreCase(t)) {
            return Violation.of(ReasonCode.PAIP_F_CLAUSE_REQUIRED, "(b)(1)(F)", field,
                    "choose F(i) (primary dealer) and/or F(ii) (repository of government funds); each counts as one sanction");
        }
        if (IndividualSanction.parse(t).isPresent()) {
            return Violation.of(ReasonCode.PAIP_INDIVIDUAL_SANCTION_ON_ENTITY, "(b)(2)", field,
                    t + " applies to an alien (individual); an entity gets 5 or more measures from the (b)(1) menu");
        }
        return unknown("(b)(1)", field, raw);
    }

    private static Violation unknown(String sub, String field, String raw) {
        return Violation.of(ReasonCode.PAIP_UNKNOWN_MEASURE, sub, field,
                "\"" + (raw == null ? "" : raw) + "\" is not a measure of 50 U.S.C. 1709(b)(1): use A-L, F(i) or F(ii)");
    }
}
