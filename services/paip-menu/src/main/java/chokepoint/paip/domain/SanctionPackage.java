package chokepoint.paip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sanctions chosen for an identified person.
 *
 * <p>For an entity, {@code measures} holds menu tokens ("A".."L", "F(i)", "F(ii)"), kept raw so that unknown
 * tokens can be reported. For an individual there is no menu: {@code measures} is empty or holds the mandatory
 * (b)(2) tokens "(b)(2)(A)", "(b)(2)(B)"; {@link Paip#impose} normalises it to both.
 *
 * @param licenseRequirement   for B: the Entity List "License Requirement" (default "For all items subject to the EAR")
 * @param licenseReviewPolicy  for B: the "License Review Policy" (default "Presumption of denial")
 * @param officerSanctions     for L: the principal executive officers and the measures chosen for each
 * @param designationIds       ids of the designations the service created from {@link Paip#designationsImplied}
 * @param reasoning            sentences explaining the choice (proposals fill it)
 */
public record SanctionPackage(
        String id,
        String identificationId,
        List<String> measures,
        LocalDate effectiveFrom,
        String licenseRequirement,
        String licenseReviewPolicy,
        List<OfficerSanction> officerSanctions,
        PackageStatus status,
        Waiver waiver,
        List<String> designationIds,
        List<String> reasoning) {

    public SanctionPackage {
        id = Party.nz(id);
        identificationId = Party.nz(identificationId);
        measures = measures == null ? List.of() : List.copyOf(measures);
        licenseRequirement = Party.nz(licenseRequirement);
        licenseReviewPolicy = Party.nz(licenseReviewPolicy);
        officerSanctions = officerSanctions == null ? List.of() : List.copyOf(officerSanctions);
        status = status == null ? PackageStatus.PROPOSED : status;
        designationIds = designationIds == null ? List.of() : List.copyOf(designationIds);
        reasoning = reasoning == null ? List.of() : List.copyOf(reasoning);
    }

    /** A new (proposed) package with the given measures and nothing else. */
    public static SanctionPackage of(String id, String identificationId, LocalDate effectiveFrom, String... measures) {
        return new SanctionPackage(id, identificationId, List.of(measures), effectiveFrom, "", "", List.of(),
                PackageStatus.PROPOSED, null, List.of(), List.of());
    }

    /** The recognised menu measures, in statutory order, without duplicates (unknown tokens dropped). */
    public Set<Measure> menuMeasures() {
        Set<Measure> out = EnumSet.noneOf(Measure.class);
        for (String m : measures) {
            Measure.parse(m).ifPresent(out::add);
        }
        return out;
    }

    /** The menu measures as a list (statutory order). */
    public List<Measure> menuMeasureList() {
        return new ArrayList<>(menuMeasures());
    }

    public Optional<Waiver> waiverOpt() {
        return Optional.ofNullable(waiver);
    }

    public SanctionPackage withId(String newId) {
        return new SanctionPackage(newId, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, status, waiver, designationIds, reasoning);
    }

    public SanctionPackage withMeasures(List<String> newMeasures) {
        return new SanctionPackage(id, identificationId, newMeasures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, status, waiver, designationIds, reasoning);
    }

    public SanctionPackage withOfficerSanctions(List<OfficerSanction> officers) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officers, status, waiver, designationIds, reasoning);
    }

    public SanctionPackage withEffectiveFrom(LocalDate date) {
        return new SanctionPackage(id, identificationId, measures, date, licenseRequirement, licenseReviewPolicy,
                officerSanctions, status, waiver, designationIds, reasoning);
    }

    public SanctionPackage withLicenseTerms(String requirement, String reviewPolicy) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, requirement, reviewPolicy,
                officerSanctions, status, waiver, designationIds, reasoning);
    }

    public SanctionPackage withStatus(PackageStatus newStatus) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, newStatus, waiver, designationIds, reasoning);
    }

    public SanctionPackage withWaiver(Waiver w) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, w == null ? status : PackageStatus.WAIVED, w, designationIds, reasoning);
    }

    public SanctionPackage withDesignationIds(List<String> ids) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, status, waiver, ids, reasoning);
    }

    public SanctionPackage withReasoning(List<String> sentences) {
        return new SanctionPackage(id, identificationId, measures, effectiveFrom, licenseRequirement, licenseReviewPolicy,
                officerSanctions, status, waiver, designationIds, sentences);
    }
}
