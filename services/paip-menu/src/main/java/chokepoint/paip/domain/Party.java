package chokepoint.paip.domain;

import java.util.List;

/**
 * The identified foreign person, mirroring chokepoint.party.v1.Party without depending on it.
 * A "person" under 50 U.S.C. 1709(g)(8) is an individual or an entity.
 */
public record Party(
        Kind kind,
        String name,
        List<String> aliases,
        List<String> countries,
        String headquartersCountry,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<Owner> owners,
        List<Officer> officers,
        String incorporatedOn,
        String customerType) {

    public enum Kind { UNSPECIFIED, ORGANIZATION, PERSON, VESSEL, AIRCRAFT }

    public record Address(String text, String city, String region, String postalCode, String country) {
        public Address {
            text = nz(text);
            city = nz(city);
            region = nz(region);
            postalCode = nz(postalCode);
            country = nz(country);
        }
    }

    public record Identifier(String scheme, String value, String country) {
        public Identifier {
            scheme = nz(scheme);
            value = nz(value);
            country = nz(country);
        }
    }

    /** percent is an exact decimal string or "" when percentUnknown. */
    public record Owner(Party party, String percent, boolean percentUnknown) {
        public Owner {
            percent = nz(percent);
        }
    }

    public record Officer(String name, String role) {
        public Officer {
            name = nz(name);
            role = nz(role);
        }
    }

    public Party {
        kind = kind == null ? Kind.UNSPECIFIED : kind;
        name = nz(name);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        countries = countries == null ? List.of() : List.copyOf(countries);
        headquartersCountry = nz(headquartersCountry);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        owners = owners == null ? List.of() : List.copyOf(owners);
        officers = officers == null ? List.of() : List.copyOf(officers);
        incorporatedOn = nz(incorporatedOn);
        customerType = nz(customerType);
    }

    /** An organization with just a name and countries. */
    public static Party organization(String name, String... countries) {
        return new Party(Kind.ORGANIZATION, name, List.of(), List.of(countries), "", List.of(), List.of(), List.of(),
                List.of(), "", "");
    }

    /** An individual with just a name and countries. */
    public static Party person(String name, String... countries) {
        return new Party(Kind.PERSON, name, List.of(), List.of(countries), "", List.of(), List.of(), List.of(),
                List.of(), "", "");
    }

    /** (g)(3): an entity is an organization of any form. */
    public boolean isEntity() {
        return kind == Kind.ORGANIZATION;
    }

    /** An individual (an "alien" in (b)(2) once identified: a foreign person who is an individual). */
    public boolean isIndividual() {
        return kind == Kind.PERSON;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
