package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entry point of the PAIP Act domain (50 U.S.C. 1709). Every method is pure: no clock, no I/O; the service passes
 * in what it read (the identification, the most recent report year, the date) and persists what comes back.
 */
public final class Paip {

    private Paip() {
    }

    /** (b)(1): the menu, A..L with F split into F(i) and F(ii). */
    public static List<Measure> menu() {
        return Menu.measures();
    }

    /** (a): every violation of an identification; {@code lookup} resolves the (iii)/(iv) linked identification. */
    public static List<Violation> validateIdentification(Identification identification,
            Function<String, Optional<Identification>> lookup) {
        return IdentificationRules.validate(identification, lookup);
    }

    /** Validates and returns the identification with its (a)(2) period filled in; throws if invalid. */
    public static Identification identify(Identification identification, Function<String, Optional<Identification>> lookup) {
        List<Violation> v = validateIdentification(identification, lookup);
        if (!v.isEmpty()) {
            throw new PaipRuleException(v);
        }
        return identification.withDefaultPeriod();
    }

    /** (b), (f): every violation of a package for the identification, given the most recent report's year. */
    public static List<Violation> validate(SanctionPackage pkg, Identification identification, OptionalInt mostRecentReportYear) {
        return PackageRules.validate(pkg, identification, mostRecentReportYear);
    }

    /**
     * Validates and normalises a package for imposition: tokens canonical and in statutory order; for an individual,
     * exactly the mandatory (b)(2)(A) and (b)(2)(B); default Entity List terms for B. Status IMPOSED.
     *
     * @throws PaipRuleException with every violation if the package is refused
     */
    public static SanctionPackage impose(SanctionPackage pkg, Identification identification, OptionalInt mostRecentReportYear) {
        List<Violation> v = validate(pkg, identification, mostRecentReportYear);
        if (!v.isEmpty()) {
            throw new PaipRuleException(v);
        }
        SanctionPackage out = pkg.identificationId().isBlank()
                ? new SanctionPackage(pkg.id(), identification.id(), pkg.measures(), pkg.effectiveFrom(), pkg.licenseRequirement(),
                        pkg.licenseReviewPolicy(), pkg.officerSanctions(), pkg.status(), pkg.waiver(), pkg.designationIds(),
                        pkg.reasoning())
                : pkg;
        if (identification.isIndividual()) {
            out = out.withMeasures(Menu.individualSanctions().stream().map(IndividualSanction::token).toList());
        } else {
            out = out.withMeasures(out.menuMeasures().stream().map(Measure::token).toList())
                    .withOfficerSanctions(out.officerSanctions().stream()
                            .map(o -> new OfficerSanction(o.officerName().strip(), o.measures().stream().map(Measure::parse)
                                    .flatMap(Optional::stream).distinct().sorted().map(Measure::token).collect(Collectors.toList())))
                            .toList());
            if (out.menuMeasures().contains(Measure.B)) {
                out = out.withLicenseTerms(
                        out.licenseRequirement().isBlank() ? Proposals.DEFAULT_LICENSE_REQUIREMENT : out.licenseRequirement().strip(),
                        out.licenseReviewPolicy().isBlank() ? Proposals.DEFAULT_LICENSE_REVIEW_POLICY : out.licenseReviewPolicy().strip());
            }
        }
        return out.withStatus(PackageStatus.IMPOSED);
    }

    /** A preset package for the identification, effective the date its report is due. */
    public static SanctionPackage propose(Identification identification, Calibration calibration) {
        return Proposals.propose(identification, calibration);
    }

    /** A preset package for the identification, effective from the given date. */
    public static SanctionPackage propose(Identification identification, Calibration calibration, LocalDate effectiveFrom) {
        return Proposals.propose(identification, calibration, effectiveFrom);
    }

    /** The designations and recorded effects of a package (keyed for idempotent creation). */
    public static List<DesignationIntent> designationsImplied(SanctionPackage pkg, Identification identification) {
        return Effects.designationsImplied(pkg, identification);
    }

    /** (c): waive the package; throws {@link PaipRuleException} if refused. */
    public static SanctionPackage waive(SanctionPackage pkg, LocalDate waivedOn, String justification) {
        return Waivers.waive(pkg, waivedOn, justification);
    }

    /** The designation removals a waived package requires (its designationIds, effective the waiver date). */
    public static List<Waivers.Removal> removalsOnWaiver(SanctionPackage waived) {
        return Waivers.removals(waived);
    }

    /** (a)(1): the report for a year, from all known identifications and packages. */
    public static CongressReport report(int year, List<Identification> identifications, List<SanctionPackage> packages) {
        return CongressReport.build(year, identifications, packages);
    }

    /** (b): the most recent report is the one with the latest year among those submitted (empty if none). */
    public static OptionalInt mostRecentReportYear(List<Integer> reportYearsSubmitted) {
        return reportYearsSubmitted.stream().mapToInt(Integer::intValue).max();
    }
}
