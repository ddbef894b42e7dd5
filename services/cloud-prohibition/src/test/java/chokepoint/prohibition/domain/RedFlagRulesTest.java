package chokepoint.prohibition.domain;

import static chokepoint.prohibition.domain.Fixtures.ASOF;
import static chokepoint.prohibition.domain.Fixtures.deepSeekOnEntityList;
import static chokepoint.prohibition.domain.Fixtures.evaluate;
import static chokepoint.prohibition.domain.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BIS red flag 29, front companies, possible matches, related-party hits. */
class RedFlagRulesTest {
    private final Designation listed = deepSeekOnEntityList();

    @ParameterizedTest
    @ValueSource(strings = {"LISTED_MINORITY_OWNER", "LISTED_OWNER_PERCENT_UNKNOWN", "SHARED_OFFICER"})
    void ownershipRedFlagsNeedReview(String code) {
        RedFlag f = new RedFlag(code, "", "", List.of(OwnershipPath.of(OwnershipStep.of("DeepSeek", "", "Cust"))),
                listed);
        Decision d = evaluate(ServiceType.STORAGE, facts().flag(f).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.valueOf(code))).isTrue();
        assertThat(d.reasonsWith(ReasonCode.valueOf(code)).get(0).ownershipPath())
                .containsExactly("DeepSeek \u2014?%\u2192 Cust");
    }

    @Test
    void unknownRedFlagCodeIsReviewedNotIgnored() {
        Decision d = evaluate(ServiceType.STORAGE, facts().flag(RedFlag.of("SOMETHING_NEW", listed)).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.UNRECOGNIZED_RED_FLAG)).isTrue();
    }

    @Test
    void youngCompanySharingAnAddressWithAListedPartyIsAPossibleFrontCompany() {
        Customer young = Customer.named("New Co").incorporatedOn(ASOF.minusDays(90));
        Decision d = evaluate(ServiceRequest.of(ServiceType.AI_INFERENCE_COMPUTE), young,
                facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.FRONT_COMPANY_RED_FLAG)).singleElement()
                .satisfies(r -> assertThat(r.designationId()).isEqualTo("EL-DEEPSEEK"));
    }

    @Test
    void establishedCompanySharingAnAddressIsOnlyNoted() {
        Customer old = Customer.named("Old Co").incorporatedOn(ASOF.minusYears(10));
        Decision d = evaluate(ServiceRequest.of(ServiceType.STORAGE), old,
                facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(d.has(ReasonCode.SHARED_ADDRESS)).isTrue();
    }

    @Test
    void establishedCompanySharingAnIdentifierNeedsReview() {
        Customer old = Customer.named("Old Co").incorporatedOn(ASOF.minusYears(10));
        assertThat(evaluate(ServiceRequest.of(ServiceType.STORAGE), old,
                facts().flag(RedFlag.of("SHARED_IDENTIFIER", listed)).build(), ASOF).verdict())
                .isEqualTo(Verdict.REVIEW);
    }

    @Test
    void frontCompanyWindowIsConfigurable() {
        Customer c = Customer.named("Co").incorporatedOn(ASOF.minusDays(200));
        PartyFacts f = facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build();
        ScreeningPolicy narrow = new ScreeningPolicy(ScreeningConfig.defaults().withFrontCompanyWindowDays(180));
        assertThat(narrow.evaluate(ServiceRequest.of(ServiceType.STORAGE), c, f, ASOF, DefaultPrograms.builtIn())
                .has(ReasonCode.FRONT_COMPANY_RED_FLAG)).isFalse();
        assertThat(evaluate(ServiceRequest.of(ServiceType.STORAGE), c, f, ASOF).has(ReasonCode.FRONT_COMPANY_RED_FLAG))
                .isTrue();
    }

    @Test
    void unknownIncorporationDateCountsAsYoung() {
        Decision d = evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Co"),
                facts().flag(RedFlag.of("SHARED_ADDRESS", listed)).build(), ASOF);
        assertThat(d.has(ReasonCode.FRONT_COMPANY_RED_FLAG)).isTrue();
    }

    @Test
    void possibleNameMatchIsReviewedNeverPassedSilently() {
        Decision d = evaluate(ServiceType.STORAGE, facts().hit(Hit.possible(listed, "Deep Seek AI", 0.84)).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.reasonsWith(ReasonCode.POSSIBLE_MATCH)).singleElement()
                .satisfies(r -> assertThat(r.score()).isEqualTo(0.84))
                .satisfies(r -> assertThat(r.matchedName()).isEqualTo("Deep Seek AI"));
    }

    @Test
    void possibleBandWithIdentifierMatchCountsAsBeingOnTheList() {
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("x"),
                facts().hit(Hit.possible(listed, "DS", 0.6).byIdentifier()).build(), ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void noMatchBandIsClear() {
        Hit h = new Hit("customer", "Acme", listed, "Acme", 0.2, MatchBand.NO_MATCH, false, List.of());
        assertThat(evaluate(ServiceType.STORAGE, facts().hit(h).build(), ASOF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void listedOwnerHitIsReviewedButDoesNotPutTheCustomerOnTheList() {
        Hit ownerHit = Hit.match(listed, listed.name(), 0.99).about("owner:DeepSeek");
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("Cust"), facts().hit(ownerHit).build(),
                ASOF);
        assertThat(d.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(d.has(ReasonCode.LISTED_OWNER)).isTrue();
        assertThat(d.has(ReasonCode.ENTITY_LIST_LICENSE_REQUIRED)).isFalse();
        // The owner's stake is not known to this rule (a 60% owner gets the same reason): the text must not
        // claim the stake is below 50%.
        assertThat(d.reasonsWith(ReasonCode.LISTED_OWNER)).singleElement().satisfies(r -> assertThat(r.explanation())
                .doesNotContain("below 50%").contains("does not put the customer on a list by itself"));
    }

    @Test
    void youngCompanyWithAListedOfficerIsAPossibleFrontCompany() {
        Hit officer = Hit.match(Fixtures.sdn("SDN-P", "Zhang San", ASOF.minusYears(1)), "Zhang San", 0.97)
                .about("officer:Zhang San");
        Decision d = evaluate(ServiceRequest.of(ServiceType.STORAGE), Customer.named("Co").incorporatedOn(ASOF.minusDays(30)),
                facts().hit(officer).build(), ASOF);
        assertThat(d.has(ReasonCode.LISTED_OFFICER)).isTrue();
        assertThat(d.has(ReasonCode.FRONT_COMPANY_RED_FLAG)).isTrue();
        assertThat(d.has(ReasonCode.BLOCKED_PARTY)).isFalse();
    }

    @Test
    void severalHitsOnOneDesignationGiveOneReasonEach() {
        PartyFacts f = facts().hit(Hit.match(listed, "DeepSeek", 0.95))
                .hit(Hit.match(listed, "\u676d\u5dde\u6df1\u5ea6\u6c42\u7d22", 0.99))
                .hit(Hit.possible(listed, "Deep Sea", 0.81)).build();
        Decision d = evaluate(ServiceRequest.export("3A090.a"), Customer.named("x"), f, ASOF);
        assertThat(d.reasonsWith(ReasonCode.ENTITY_LIST_LICENSE_REQUIRED)).singleElement()
                .satisfies(r -> assertThat(r.score()).isEqualTo(0.99));
        assertThat(d.has(ReasonCode.POSSIBLE_MATCH)).isFalse();
    }
}
