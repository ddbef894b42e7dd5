package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of a list entry the rules read (mirror of designations.v1.Designation).
 *
 * @param list SDN, ENTITY_LIST, MEU, UVL, DPL, NS_CMIC, SSI, SECTION_1260H, PAIP, custom:&lt;name&gt;
 * @param removedOn the day it stops counting (exclusive), or null
 */
public record Designation(String id, String list, List<String> programs, String name,
                          String licenseRequirement, LicenseReviewPolicy licenseReviewPolicy,
                          String licenseReviewPolicyText, List<String> federalRegisterCitations,
                          LocalDate listedOn, LocalDate effectiveFrom, LocalDate removedOn,
                          String authority, String listVersion) {
    public Designation {
        id = id == null ? "" : id;
        list = list == null ? "" : list;
        programs = programs == null ? List.of() : List.copyOf(programs);
        name = name == null ? "" : name;
        licenseRequirement = licenseRequirement == null ? "" : licenseRequirement;
        licenseReviewPolicy = licenseReviewPolicy == null ? LicenseReviewPolicy.UNSPECIFIED : licenseReviewPolicy;
        licenseReviewPolicyText = licenseReviewPolicyText == null ? "" : licenseReviewPolicyText;
        federalRegisterCitations = federalRegisterCitations == null ? List.of() : List.copyOf(federalRegisterCitations);
        authority = authority == null ? "" : authority;
        listVersion = listVersion == null ? "" : listVersion;
    }

    /** A minimal entry, for tests and fixtures. */
    public static Designation of(String id, String list, String name, LocalDate effectiveFrom) {
        return new Designation(id, list, List.of(), name, "", LicenseReviewPolicy.UNSPECIFIED, "", List.of(),
                effectiveFrom, effectiveFrom, null, "", "");
    }

    public Designation withPrograms(String... tags) {
        return new Designation(id, list, List.of(tags), name, licenseRequirement, licenseReviewPolicy,
                licenseReviewPolicyText, federalRegisterCitations, listedOn, effectiveFrom, removedOn, authority,
                listVersion);
    }

    public Designation withLicense(String requirement, LicenseReviewPolicy policy, String policyText) {
        return new Designation(id, list, programs, name, requirement, policy, policyText, federalRegisterCitations,
                listedOn, effectiveFrom, removedOn, authority, listVersion);
    }

    public Designation withCitations(String... frCitations) {
        return new Designation(id, list, programs, name, licenseRequirement, licenseReviewPolicy,
                licenseReviewPolicyText, List.of(frCitations), listedOn, effectiveFrom, removedOn, authority,
                listVersion);
    }

    public Designation removedOn(LocalDate date) {
        return new Designation(id, list, programs, name, licenseRequirement, licenseReviewPolicy,
                licenseReviewPolicyText, federalRegisterCitations, listedOn, effectiveFrom, date, authority,
                listVersion);
    }

    /** Defensive point-in-time check (designation-lists already filters by asOf). */
    public boolean inForceOn(LocalDate asOf) {
        return Dates.inForce(effectiveFrom, removedOn, asOf);
    }

    /** The listing date used for NS-CMIC windows: listed_on, else effective_from. */
    public LocalDate listingDate() {
        return listedOn != null ? listedOn : effectiveFrom;
    }
}
