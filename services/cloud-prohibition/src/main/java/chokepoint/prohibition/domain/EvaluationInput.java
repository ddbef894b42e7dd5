package chokepoint.prohibition.domain;

import java.time.LocalDate;

/** An evaluate request in domain terms (built by the gRPC mapper). */
public record EvaluationInput(ServiceRequest service, Customer customer, PartyFacts facts, LocalDate asOf) {
}
