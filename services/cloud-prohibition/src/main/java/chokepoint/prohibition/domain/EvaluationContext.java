package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rule may read for one evaluation.
 *
 * @param facts null when designation-lists could not be asked (evaluated as PARTY_FACTS_MISSING, never CLEAR)
 * @param programs built-in and enacted programs (the rules filter by window themselves)
 * @param listings derived from facts by {@link Listings#of}
 */
public record EvaluationContext(ServiceRequest service, Customer customer, PartyFacts facts, LocalDate asOf,
                                List<Program> programs, ScreeningConfig config, List<Listing> listings) {
    public EvaluationContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(asOf, "asOf");
        customer = customer == null ? Customer.unknown() : customer;
        programs = programs == null ? List.of() : List.copyOf(programs);
        config = config == null ? ScreeningConfig.defaults() : config;
        listings = listings == null ? Listings.of(facts, asOf) : List.copyOf(listings);
    }

    public static EvaluationContext of(ServiceRequest service, Customer customer, PartyFacts facts, LocalDate asOf,
                                       List<Program> programs, ScreeningConfig config) {
        return new EvaluationContext(service, customer, facts, asOf, programs, config, null);
    }

    public List<Program> programsInForce() {
        return programs.stream().filter(p -> p.inForceOn(asOf)).toList();
    }

    public ServiceType serviceType() {
        return service.type();
    }
}
