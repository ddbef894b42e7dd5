package chokepoint.prohibition;

import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.ListHit;
import chokepoint.api.designations.v1.ListStatus;
import chokepoint.api.designations.v1.MatchBand;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.party.v1.Party;
import chokepoint.api.prohibition.v1.CreateProgramRequest;
import chokepoint.api.prohibition.v1.EvaluateRequest;
import chokepoint.api.prohibition.v1.EvaluateResponse;
import chokepoint.api.prohibition.v1.Program;
import chokepoint.api.prohibition.v1.ProgramEffect;
import chokepoint.api.prohibition.v1.ProgramScope;
import chokepoint.api.prohibition.v1.ProgramServiceGrpc;
import chokepoint.api.prohibition.v1.ProhibitionServiceGrpc;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Evaluate and program enactment over real gRPC, with programs stored in PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ProhibitionApiTest {

    @GrpcClient("self")
    ProhibitionServiceGrpc.ProhibitionServiceBlockingStub evaluate;

    @GrpcClient("self")
    ProgramServiceGrpc.ProgramServiceBlockingStub programs;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    static ListStatus loaded(String list) {
        return ListStatus.newBuilder().setList(list).setLoaded(true).setVersionId("lv_" + list).build();
    }

    static PartyFacts hit(String list, String program, String name, String from) {
        Designation d = Designation.newBuilder().setId("dsg_" + name.hashCode()).setList(list).addPrograms(program)
                .setParty(Party.newBuilder().setName(name)).setEffectiveFrom(from)
                .setLicenseRequirement("For all items subject to the EAR")
                .setLicenseReviewPolicy(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL).build();
        return PartyFacts.newBuilder().addLists(loaded("SDN")).addLists(loaded("ENTITY_LIST"))
                .addHits(ListHit.newBuilder().setSubject("customer").setQueryName(name).setDesignation(d).setMatchedName(name)
                        .setScore(1.0).setBand(MatchBand.MATCH_BAND_MATCH)).build();
    }

    EvaluateResponse eval(PartyFacts facts, ServiceType type, String eccn, String asOf) {
        return ClientAuth.withToken(evaluate, PostgresResource.token("provider", "acme")).evaluate(EvaluateRequest.newBuilder()
                .setService(Service.newBuilder().setType(type).setEccn(eccn).setProviderCountry("US"))
                .setCustomer(Party.newBuilder().setName("x").setHeadquartersCountry("SG")).setFacts(facts).setAsOf(asOf).build());
    }

    @Test
    void anSdnHitIsProhibitedForEveryServiceWithTheCitation() {
        EvaluateResponse r = eval(hit("SDN", "CYBER2", "Blocked Lab", "2026-01-01"), ServiceType.SERVICE_TYPE_AI_SAFETY_DIALOGUE, "", "2026-05-01");
        assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
        assertThat(r.getReasonsList()).anySatisfy(reason -> {
            assertThat(reason.getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
            assertThat(reason.getList()).isEqualTo("SDN");
            assertThat(reason.getCitation()).isNotBlank();
        });
    }

    @Test
    void anEntityListPartyNeedsALicenseForAnH100Export() {
        EvaluateResponse r = eval(hit("ENTITY_LIST", "", "Listed Lab", "2026-01-01"), ServiceType.SERVICE_TYPE_EAR_ITEM_EXPORT, "3A090", "2026-05-01");
        assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_LICENSE_REQUIRED);
        assertThat(r.getReasonsList()).anySatisfy(reason -> assertThat(reason.getLicenseReviewPolicy()).containsIgnoringCase("denial"));
    }

    @Test
    void aMalformedEccnIsInvalidArgumentNamingTheField() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> eval(hit("ENTITY_LIST", "", "Listed Lab", "2026-01-01"), ServiceType.SERVICE_TYPE_EAR_ITEM_EXPORT, "H100", "2026-05-01"));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("field", "service.eccn");
    }

    @Test
    void anEnactedAiTrainingProhibitionAppliesFromItsDateOnly() {
        String scopeName = "Phase Two Lab " + UUID.randomUUID();
        PartyFacts facts = hit("ENTITY_LIST", "", scopeName, "2026-01-01");
        String designationId = facts.getHits(0).getDesignation().getId();
        Program p = Program.newBuilder().setId("IEEPA-AI-" + UUID.randomUUID().toString().substring(0, 8)).setAuthority("IEEPA")
                .setName("Targeted prohibition on AI training compute").setCitation("Executive Order (proposed), IEEPA 50 U.S.C. 1702(a)(1)(B)")
                .setScope(ProgramScope.newBuilder().addDesignationIds(designationId))
                .addEffects(ProgramEffect.newBuilder().setServiceType(ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE).setVerdict(Verdict.VERDICT_PROHIBITED))
                .setEffectiveFrom("2026-09-01").build();
        var ofac = ClientAuth.withToken(programs, PostgresResource.token("agency-ofac", null));
        String requestId = UUID.randomUUID().toString();
        assertThat(ofac.createProgram(CreateProgramRequest.newBuilder().setRequestId(requestId).setProgram(p).build()).getReplayed()).isFalse();
        assertThat(ofac.createProgram(CreateProgramRequest.newBuilder().setRequestId(requestId).setProgram(p).build()).getReplayed()).isTrue();

        assertThat(eval(facts, ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE, "", "2026-08-31").getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(eval(facts, ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE, "", "2026-09-01").getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
        assertThat(eval(facts, ServiceType.SERVICE_TYPE_AI_INFERENCE_COMPUTE, "", "2026-09-01").getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
    }

    /**
     * Replicas share PostgreSQL; a replica drops its own cache when its enactment commits, and learns another's from
     * the stored revisions. The other replica's enactment is written here in SQL, as its transaction leaves the row,
     * so nothing in this process is told.
     */
    @Test
    void anotherReplicasEnactmentAppliesHereWithinSeconds() throws Exception {
        String scopeName = "Replica Lab " + UUID.randomUUID();
        PartyFacts facts = hit("ENTITY_LIST", "", scopeName, "2026-01-01");
        String designationId = facts.getHits(0).getDesignation().getId();
        String programId = "IEEPA-AI-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(eval(facts, ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE, "", "2026-09-01").getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);

        String json = "{\"id\":\"" + programId + "\",\"revision\":1,\"authority\":\"IEEPA\","
                + "\"name\":\"Targeted prohibition on AI training compute\",\"citation\":\"IEEPA 50 U.S.C. 1702(a)(1)(B)\","
                + "\"scope\":{\"designationIds\":[\"" + designationId + "\"]},"
                + "\"effects\":[{\"serviceType\":\"SERVICE_TYPE_AI_TRAINING_COMPUTE\",\"verdict\":\"VERDICT_PROHIBITED\"}],"
                + "\"effectiveFrom\":\"2026-09-01\"}";
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "insert into program_revision (program_id, revision, effective_from, data, recorded_by, recorded_at) "
                        + "values (?, 1, date '2026-09-01', ?::jsonb, 'another replica', now())")) {
            ps.setString(1, programId);
            ps.setString(2, json);
            ps.executeUpdate();
        }

        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        Verdict v;
        while ((v = eval(facts, ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE, "", "2026-09-01").getVerdict()) != Verdict.VERDICT_PROHIBITED
                && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(v).as("AI training for the program's designation within 10 s of another replica's enactment")
                .isEqualTo(Verdict.VERDICT_PROHIBITED);
    }

    @Test
    void dodCannotEnactAnIeepaProgram() {
        Program p = Program.newBuilder().setId("X-" + UUID.randomUUID()).setAuthority("IEEPA").setCitation("c")
                .setScope(ProgramScope.newBuilder().addLists("ENTITY_LIST"))
                .addEffects(ProgramEffect.newBuilder().setServiceType(ServiceType.SERVICE_TYPE_STORAGE).setVerdict(Verdict.VERDICT_REVIEW))
                .setEffectiveFrom("2026-09-01").build();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> ClientAuth.withToken(programs,
                PostgresResource.token("agency-dod", null)).createProgram(CreateProgramRequest.newBuilder().setRequestId("r").setProgram(p).build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void aRequiredListThatNeverLoadedIsNeverClear() {
        PartyFacts empty = PartyFacts.newBuilder().build();
        EvaluateResponse r = eval(empty, ServiceType.SERVICE_TYPE_STORAGE, "", "2026-05-01");
        assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(r.getReasonsList()).anySatisfy(reason -> assertThat(reason.getCode()).isEqualTo("LIST_NOT_LOADED"));
    }
}
