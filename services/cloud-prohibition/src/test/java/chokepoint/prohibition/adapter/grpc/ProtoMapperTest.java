package chokepoint.prohibition.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DerivedStatus;
import chokepoint.api.designations.v1.DerivedStatusKind;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.ListHit;
import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.MatchBand;
import chokepoint.api.designations.v1.OwnershipPath;
import chokepoint.api.designations.v1.OwnershipStep;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.party.v1.CustomerType;
import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.api.prohibition.v1.Program;
import chokepoint.api.prohibition.v1.ProgramEffect;
import chokepoint.api.prohibition.v1.ProgramScope;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.prohibition.domain.DefaultPrograms;
import chokepoint.prohibition.domain.EvaluationInput;
import chokepoint.prohibition.domain.InvalidRequestException;
import chokepoint.prohibition.domain.ScreeningConfig;
import chokepoint.prohibition.domain.ScreeningPolicy;
import chokepoint.prohibition.domain.ValidationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtoMapperTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static PartyFacts.Builder freshFacts() {
        PartyFacts.Builder b = PartyFacts.newBuilder();
        ScreeningConfig.DEFAULT_REQUIRED_LISTS.forEach(l ->
                b.addLists(ListStatus.newBuilder().setList(l).setLoaded(true).setVersionId(l + "@1")));
        return b;
    }

    private static Designation deepSeek() {
        return Designation.newBuilder().setId("EL-1").setList("ENTITY_LIST")
                .setParty(Party.newBuilder().setName("Hangzhou DeepSeek"))
                .setLicenseRequirement("For all items subject to the EAR.")
                .setLicenseReviewPolicy(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL)
                .setLicenseReviewPolicyText("Presumption of denial.").setEffectiveFrom("2026-03-02").build();
    }

    private static EvaluateRequest.Builder request(ServiceType type, String eccn) {
        return EvaluateRequest.newBuilder()
                .setService(Service.newBuilder().setType(type).setEccn(eccn))
                .setCustomer(Party.newBuilder().setName("DeepSeek").setHeadquartersCountry("cn")
                        .setIncorporatedOn("2023-07-17").setCustomerType(CustomerType.CUSTOMER_TYPE_DIRECT))
                .setFacts(freshFacts().addHits(ListHit.newBuilder().setSubject("customer").setDesignation(deepSeek())
                        .setMatchedName("Hangzhou DeepSeek").setScore(0.97).setBand(MatchBand.MATCH_BAND_MATCH)))
                .setAsOf("2026-04-01");
    }

    @Test
    void mapsAnExportRequestAndTheDecisionBackWithCodesAsStrings() {
        EvaluationInput in = ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_EAR_ITEM_EXPORT, "3a090.a").build(),
                TODAY);
        assertThat(in.asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(in.service().eccn()).isEqualTo("3A090.a");
        assertThat(in.service().providerCountry()).isEqualTo("US");
        assertThat(in.customer().headquartersCountry()).isEqualTo("CN");

        EvaluateResponse res = ProtoMapper.toResponse(
                new ScreeningPolicy(ScreeningConfig.defaults()).evaluate(in, DefaultPrograms.builtIn()));

        assertThat(res.getVerdict()).isEqualTo(Verdict.VERDICT_LICENSE_REQUIRED);
        assertThat(res.getReasons(0).getCode()).isEqualTo("ENTITY_LIST_LICENSE_REQUIRED");
        assertThat(res.getReasons(0).getLicenseReviewPolicy()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(res.getReasons(0).getEffectiveFrom()).isEqualTo("2026-03-02");
        assertThat(res.getReasons(0).getScore()).isEqualTo(0.97);
        assertThat(res.getProgramVersionsList()).contains("ENTITY_LIST@1");
    }

    @Test
    void emptyAsOfMeansToday() {
        assertThat(ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_STORAGE, "").setAsOf("").build(), TODAY).asOf())
                .isEqualTo(TODAY);
    }

    @Test
    void malformedEccnIsAnInvalidRequestNamingTheField() {
        assertThatThrownBy(() -> ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_EAR_ITEM_EXPORT, "3Z090").build(),
                TODAY)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.invalid().code()).isEqualTo(ValidationCode.ECCN_INVALID_FORMAT);
                    assertThat(e.invalid().field()).isEqualTo("service.eccn");
                });
    }

    @Test
    void unspecifiedServiceTypeAndBadDatesAreRejected() {
        assertThatThrownBy(() -> ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_UNSPECIFIED, "").build(), TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.invalid().code()).isEqualTo(ValidationCode.SERVICE_TYPE_REQUIRED));
        assertThatThrownBy(() -> ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_STORAGE, "").setAsOf("1/4/26")
                .build(), TODAY)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.invalid().field()).isEqualTo("as_of"));
        assertThatThrownBy(() -> ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_STORAGE, "")
                .setService(Service.newBuilder().setType(ServiceType.SERVICE_TYPE_STORAGE).setProviderCountry("USA"))
                .build(), TODAY)).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.invalid().code()).isEqualTo(ValidationCode.PROVIDER_COUNTRY_INVALID));
    }

    @Test
    void requestWithoutFactsIsEvaluatedAsReviewNotClear() {
        EvaluationInput in = ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_STORAGE, "").clearFacts().build(),
                TODAY);
        assertThat(in.facts()).isNull();
        assertThat(ProtoMapper.toResponse(new ScreeningPolicy(ScreeningConfig.defaults())
                .evaluate(in, DefaultPrograms.builtIn())).getReasons(0).getCode()).isEqualTo("PARTY_FACTS_MISSING");
    }

    @Test
    void mapsDerivedStatusPathsAndPolicies() {
        var facts = ProtoMapper.toFacts(freshFacts().addDerived(DerivedStatus.newBuilder()
                .setKind(DerivedStatusKind.DERIVED_STATUS_KIND_ENTITY_LIST_AFFILIATE).setTotalPercent("50")
                .addSources(deepSeek())
                .setLicenseReviewPolicy(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL)
                .addPaths(OwnershipPath.newBuilder().addSteps(OwnershipStep.newBuilder().setOwnerName("A")
                        .setOwnedName("B").setPercent("60")).addSteps(OwnershipStep.newBuilder().setOwnerName("B")
                        .setOwnedName("C").setPercent("50")))).build());
        assertThat(facts.derived().get(0).paths().get(0).render()).isEqualTo("A \u201460%\u2192 B \u201450%\u2192 C");
        assertThat(facts.derived().get(0).sources().get(0).licenseReviewPolicy().name()).isEqualTo("PRESUMPTION_OF_DENIAL");
    }

    @Test
    void enactedProgramRoundTripsAndAppliesFromItsDate() {
        Program proto = ProtoMapper.toProto(DefaultPrograms.ieepaAiTrainingProhibitionForEntityList(
                LocalDate.of(2026, 6, 1)));
        assertThat(proto.getEffects(0).getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
        assertThat(proto.getScope().getListsList()).containsExactly("ENTITY_LIST");

        var domain = ProtoMapper.toDomain(proto);
        assertThat(domain.from()).isEqualTo(LocalDate.of(2026, 6, 1));
        List<chokepoint.prohibition.domain.Program> programs = new ArrayList<>(DefaultPrograms.builtIn());
        programs.add(domain);
        EvaluationInput in = ProtoMapper.toInput(request(ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE, "")
                .setAsOf("2026-06-01").build(), TODAY);
        EvaluateResponse res = ProtoMapper.toResponse(new ScreeningPolicy(ScreeningConfig.defaults())
                .evaluate(in, programs));
        assertThat(res.getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
        assertThat(res.getReasons(0).getCode()).isEqualTo("TARGETED_SERVICE_PROHIBITION");
    }

    @Test
    void programsWithoutDateScopeOrValidEffectAreRejected() {
        Program ok = Program.newBuilder().setId("P").setCitation("EO").setEffectiveFrom("2026-06-01")
                .setScope(ProgramScope.newBuilder().addLists("ENTITY_LIST"))
                .addEffects(ProgramEffect.newBuilder().setServiceType(ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE)
                        .setVerdict(Verdict.VERDICT_PROHIBITED)).build();
        assertThat(ProtoMapper.toDomain(ok).id()).isEqualTo("P");
        assertCode(ok.toBuilder().setId("ENTITY_LIST").build(), ValidationCode.PROGRAM_ID_RESERVED);
        assertCode(ok.toBuilder().setEffectiveFrom("").build(), ValidationCode.PROGRAM_WINDOW_INVALID);
        assertCode(ok.toBuilder().setEffectiveTo("2026-06-01").build(), ValidationCode.PROGRAM_WINDOW_INVALID);
        assertCode(ok.toBuilder().clearScope().build(), ValidationCode.PROGRAM_SCOPE_EMPTY);
        assertCode(ok.toBuilder().setCitation("").build(), ValidationCode.PROGRAM_CITATION_REQUIRED);
        assertCode(ok.toBuilder().setEffects(0, ProgramEffect.newBuilder()
                .setServiceType(ServiceType.SERVICE_TYPE_STORAGE).setVerdict(Verdict.VERDICT_CLEAR)).build(),
                ValidationCode.PROGRAM_EFFECT_INVALID);
    }

    private static void assertCode(Program p, ValidationCode code) {
        assertThatThrownBy(() -> ProtoMapper.toDomain(p)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.invalid().code()).isEqualTo(code));
    }

    /** The direct read of yyyy-MM-dd must answer exactly as LocalDate.parse did: the date, or null if it is not one. */
    @Test
    void lenientDateAnswersAsLocalDateParse() {
        String[] inputs = {"2026-11-27", " 2026-11-27 ", "2024-02-29", "2026-02-29", "2026-02-30", "2026-13-01",
                "2026-00-10", "2026-04-31", "0000-01-01", "9999-12-31", "2026-1-27", "2026/11/27", "2026-11-2x",
                "+2026-11-27", "-0001-01-01", "+10000-01-01", "20261127", "2026-11-270", "٢٠٢٦-١١-٢٧", "", "   ", null};
        for (String in : inputs) {
            LocalDate expected;
            try {
                expected = in == null || in.isBlank() ? null : LocalDate.parse(in.trim());
            } catch (java.time.format.DateTimeParseException e) {
                expected = null;
            }
            assertThat(ProtoMapper.lenientDate(in)).as("lenientDate(%s)", in).isEqualTo(expected);
        }
        assertThat(ProtoMapper.lenientDate("2026-11-27")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(ProtoMapper.lenientDate("2026-02-30")).isNull();
        assertThat(ProtoMapper.lenientDate("+10000-01-01")).isEqualTo(LocalDate.of(10000, 1, 1));
    }
}
