package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BIS May 2025 guidance (D:5 / Macau); EO 13984 intermediaries. */
class CustomerRulesTest {
    private final PartyFacts clean = facts().build();

    @Test
    void chineseHeadquarteredCustomerAskingForAiTrainingComputeNeedsReview() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE),
                Customer.named("Some Lab").headquarteredIn("CN"), clean, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.COUNTRY_GROUP_D5_AI_TRAINING_RED_FLAG)).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("Country Group D:5"));
    }

    @Test
    void macauHeadquarteredCustomerAskingForAiTrainingComputeNeedsReview() {
        assertThat(evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE),
                Customer.named("Lab").headquarteredIn("MO"), clean, ASOF).verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(CountryGroups.D5).doesNotContainKey("MO");
    }

    @Test
    void d5CustomerAskingForInferenceIsNotCaughtByTheTrainingRedFlag() {
        assertThat(evaluate(ServiceRequest.of(ServiceType.AI_INFERENCE_COMPUTE),
                Customer.named("Lab").headquarteredIn("CN"), clean, ASOF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d5ListHoldsTheArmsEmbargoedCountriesAndNotAlliedOnes() {
        assertThat(CountryGroups.D5).containsKeys("CN", "RU", "IR", "KP", "VE", "NI", "BY", "MM");
        assertThat(CountryGroups.D5).doesNotContainKeys("DE", "JP", "SG", "AE");
        assertThat(evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE),
                Customer.named("GmbH").headquarteredIn("DE"), clean, ASOF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void undeclaredHeadquartersFallsBackToTheCustomersCountries() {
        Customer c = new Customer("Lab", null, List.of("SG", "CN"), null, CustomerType.DIRECT);
        assertThat(evaluate(ServiceRequest.of(ServiceType.AI_TRAINING_COMPUTE), c, clean, ASOF).verdict())
                .isEqualTo(Verdict.REVIEW);
    }

    @Test
    void resellerNeedsReviewUntilItsDownstreamCustomersAreScreened() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.MODEL_API_ACCESS),
                Customer.named("Reseller").ofType(CustomerType.RESELLER), clean, ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.DOWNSTREAM_CUSTOMERS_UNSCREENED)).singleElement()
                .satisfies(r -> assertThat(r.citation()).contains("EO 13984").contains("89 FR 5698"));
    }

    @Test
    void proxyOrRouterNeedsReviewForComputeToo() {
        assertThat(evaluate(ServiceRequest.of(ServiceType.GENERAL_COMPUTE),
                Customer.named("Router").ofType(CustomerType.PROXY_OR_ROUTER), clean, ASOF).verdict())
                .isEqualTo(Verdict.REVIEW);
    }

    @Test
    void directCustomerIsNotAnIntermediary() {
        assertThat(evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Direct"), clean, ASOF).verdict())
                .isEqualTo(Verdict.CLEAR);
    }
}
