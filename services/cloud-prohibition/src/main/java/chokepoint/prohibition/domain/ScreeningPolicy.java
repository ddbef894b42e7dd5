package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule and applies "most restrictive wins" (PROHIBITED > LICENSE_REQUIRED > REVIEW > CLEAR; NOTE
 * informational). Every applicable reason is kept. A rule that fails gives a REVIEW (fail closed), never a
 * silent CLEAR.
 */
public final class ScreeningPolicy {
    private final ScreeningConfig config;
    private final List<Rule> rules;

    public ScreeningPolicy(ScreeningConfig config) {
        this(config, defaultRules());
    }

    public ScreeningPolicy(ScreeningConfig config, List<Rule> rules) {
        this.config = config == null ? ScreeningConfig.defaults() : config;
        this.rules = List.copyOf(rules);
    }

    public static List<Rule> defaultRules() {
        return List.of(new ListHealthPolicy(), new ProgramPolicy(), new DerivativeSanctionsPolicy(),
                new PossibleMatchPolicy(), new RelatedPartyPolicy(), new OwnershipRedFlagPolicy(),
                new FrontCompanyPolicy(), new CountryOfConcernPolicy(), new IntermediaryCustomerPolicy());
    }

    public ScreeningConfig config() {
        return config;
    }

    /**
     * Evaluates one request.
     *
     * @param facts null when designation-lists could not be asked: the decision is then REVIEW
     * @param programs built-in ({@link DefaultPrograms#builtIn()}) plus enacted programs; windows are checked here
     */
    public Decision evaluate(ServiceRequest service, Customer customer, PartyFacts facts, LocalDate asOf,
                             List<Program> programs) {
        EvaluationContext ctx = EvaluationContext.of(service, customer, facts, asOf, programs, config);
        List<Reason> reasons = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                reasons.addAll(rule.apply(ctx));
            } catch (RuntimeException e) {
                reasons.add(Reason.builder(ReasonCode.RULE_FAILED, Verdict.REVIEW)
                        .explanation("Rule " + rule.getClass().getSimpleName() + " could not be evaluated, so this"
                                + " answer may miss what it would have found: run the screening again, and have an"
                                + " analyst review it if this persists.")
                        .build());
            }
        }
        List<String> versions = ctx.programsInForce().stream().map(Program::version).toList();
        return Decision.of(reasons, versions);
    }

    /** Same, from the mapper's bundle. */
    public Decision evaluate(EvaluationInput input, List<Program> programs) {
        return evaluate(input.service(), input.customer(), input.facts(), input.asOf(), programs);
    }
}
