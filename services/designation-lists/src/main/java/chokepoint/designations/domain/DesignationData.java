package chokepoint.designations.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The published text of a designation: who is listed, under which programs, with which
 * license requirement and review policy, on which legal basis. Amendments replace it as a
 * whole, from a date.
 */
public record DesignationData(
        PartyKind kind,
        String name,
        List<Alias> aliases,
        List<Address> addresses,
        List<String> countries,
        List<Identifier> identifiers,
        List<String> programs,
        String licenseRequirement,
        String licenseReviewPolicyText,
        LicenseReviewPolicy licenseReviewPolicy,
        List<String> federalRegisterCitations,
        List<String> footnotes,
        String remarks,
        LocalDate listedOn) {

    public DesignationData {
        kind = kind == null ? PartyKind.UNKNOWN : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        countries = countries == null ? List.of() : List.copyOf(countries);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        programs = programs == null ? List.of() : List.copyOf(programs);
        federalRegisterCitations = federalRegisterCitations == null ? List.of() : List.copyOf(federalRegisterCitations);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        if (licenseReviewPolicy == null || licenseReviewPolicy == LicenseReviewPolicy.UNSPECIFIED) {
            licenseReviewPolicy = LicenseReviewPolicy.fromText(licenseReviewPolicyText);
        }
    }

    /** The primary name first, then every alias. */
    public List<String> allNames() {
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        names.add(name);
        for (Alias a : aliases) {
            names.add(a.name());
        }
        return names;
    }
}
