package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The customer as declared by the provider: the attributes the rules read (matching and ownership are
 * already resolved by designation-lists into {@link PartyFacts}).
 *
 * @param headquartersCountry ISO-2 or null when not declared
 * @param countries ISO-2 countries associated with the party (incorporation, operations)
 * @param incorporatedOn null when unknown
 */
public record Customer(String name, String headquartersCountry, List<String> countries,
                       LocalDate incorporatedOn, CustomerType customerType) {
    public Customer {
        name = name == null ? "" : name;
        headquartersCountry = headquartersCountry == null || headquartersCountry.isBlank()
                ? null : headquartersCountry.toUpperCase(java.util.Locale.ROOT);
        countries = countries == null ? List.of()
                : countries.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        customerType = customerType == null ? CustomerType.UNSPECIFIED : customerType;
    }

    public static Customer unknown() {
        return new Customer("", null, List.of(), null, CustomerType.UNSPECIFIED);
    }

    public static Customer named(String name) {
        return new Customer(name, null, List.of(), null, CustomerType.DIRECT);
    }

    public Customer headquarteredIn(String country) {
        return new Customer(name, country, countries, incorporatedOn, customerType);
    }

    public Customer incorporatedOn(LocalDate date) {
        return new Customer(name, headquartersCountry, countries, date, customerType);
    }

    public Customer ofType(CustomerType type) {
        return new Customer(name, headquartersCountry, countries, incorporatedOn, type);
    }

    public Optional<LocalDate> incorporation() {
        return Optional.ofNullable(incorporatedOn);
    }
}
