package chokepoint.designations;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.CreateDesignationResponse;
import chokepoint.api.designations.v1.Designation;
import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.GetDesignationRequest;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.ListDesignationsRequest;
import chokepoint.api.designations.v1.ListDesignationsResponse;
import chokepoint.api.designations.v1.AmendDesignationRequest;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DesignationApiTest {

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @GrpcClient("self")
    grpc.health.v1.HealthGrpc.HealthBlockingStub health;

    @Test
    void theGrpcHealthServiceAnswersServingWithoutAToken() {
        assertThat(health.check(grpc.health.v1.HealthOuterClass.HealthCheckRequest.getDefaultInstance()).getStatus())
                .isEqualTo(grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus.SERVING);
    }

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role));
    }

    static Designation sdn(String name) {
        return Designation.newBuilder().setList("SDN").addPrograms("CYBER2")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)
                        .addAliases(name + " Group").addCountries("CN"))
                .setEffectiveFrom("2026-03-01").build();
    }

    static String rid() {
        return UUID.randomUUID().toString();
    }

    @Test
    void ofacCreatesAnSdnDesignationAndReadsItBack() {
        CreateDesignationResponse created = as("agency-ofac").createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(sdn("Proxy Router Services Ltd")).build());
        Designation d = created.getDesignation();
        assertThat(d.getId()).startsWith("dsg_");
        assertThat(d.getAuthority()).isEqualTo("OFAC");
        assertThat(d.getRevision()).isEqualTo(1);

        Designation read = as("provider").getDesignation(GetDesignationRequest.newBuilder().setId(d.getId()).setAsOf("2026-04-01").build())
                .getDesignation();
        assertThat(read.getParty().getName()).isEqualTo("Proxy Router Services Ltd");
        assertThat(read.getParty().getAliasesList()).containsExactly("Proxy Router Services Ltd Group");
        assertThat(read.getProgramsList()).containsExactly("CYBER2");
        assertThat(read.getEffectiveFrom()).isEqualTo("2026-03-01");
    }

    @Test
    void sameRequestIdReturnsTheFirstDesignationAndWritesNothing() {
        String requestId = rid();
        CreateDesignationRequest req = CreateDesignationRequest.newBuilder().setRequestId(requestId)
                .setDesignation(sdn("Idempotent Shell Co")).build();
        CreateDesignationResponse first = as("agency-ofac").createDesignation(req);
        CreateDesignationResponse again = as("agency-ofac").createDesignation(req);
        assertThat(first.getReplayed()).isFalse();
        assertThat(again.getReplayed()).isTrue();
        assertThat(again.getDesignation().getId()).isEqualTo(first.getDesignation().getId());

        ListDesignationsResponse listed = as("analyst").listDesignations(ListDesignationsRequest.newBuilder()
                .setList("SDN").setQuery("Idempotent Shell").setAsOf("2026-04-01").build());
        assertThat(listed.getDesignationsList()).hasSize(1);
    }

    @Test
    void bisCannotWriteTheSdnListAndProvidersCannotWriteAtAll() {
        StatusRuntimeException bis = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-bis").createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(sdn("Not Yours Ltd")).build()));
        assertThat(bis.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(GrpcErrors.errorInfo(bis)).containsEntry("reason", "LIST_NOT_OWNED");

        StatusRuntimeException provider = catchThrowableOfType(StatusRuntimeException.class, () -> as("provider").createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(sdn("Not Yours Ltd")).build()));
        assertThat(provider.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void callsWithoutATokenAreUnauthenticated() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> raw.getDesignation(GetDesignationRequest.newBuilder().setId("dsg_x").build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aTokenWithATamperedRoleIsRefusedEvenAfterTheGenuineOneWasAccepted() {
        String genuine = PostgresResource.token("provider", "acme");
        GetDesignationRequest req = GetDesignationRequest.newBuilder().setId("dsg_nope").build();
        StatusRuntimeException ok = catchThrowableOfType(StatusRuntimeException.class,
                () -> ClientAuth.withToken(raw, genuine).getDesignation(req));
        assertThat(ok.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND); // authenticated, then not found
        String[] parts = genuine.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"provider\"", "\"admin\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> ClientAuth.withToken(raw, forged).getDesignation(req));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void aDesignationWithoutANameIsRefusedNamingTheField() {
        Designation noName = sdn("x").toBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_PERSON)).build();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-ofac").createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(noName).build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        Map<String, String> info = GrpcErrors.errorInfo(e);
        assertThat(info).containsEntry("reason", "MISSING_NAME").containsEntry("field", "name");
    }

    @Test
    void aBadDateIsInvalidArgument() {
        Designation badDate = sdn("Bad Date Ltd").toBuilder().setEffectiveFrom("2026-13-45").build();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-ofac").createDesignation(
                CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(badDate).build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "INVALID_DATE").containsEntry("field", "designation.effective_from");
    }

    @Test
    void amendmentAndRemovalAreReadableAsOfTheirDates() {
        Designation el = Designation.newBuilder().setList("ENTITY_LIST")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Amended Lab Co., Ltd.").addCountries("CN"))
                .setLicenseRequirement("For all items subject to the EAR").setLicenseReviewPolicyText("Case-by-case review")
                .addFederalRegisterCitations("91 FR 1000").setEffectiveFrom("2026-01-10").build();
        String id = as("agency-bis").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid()).setDesignation(el).build())
                .getDesignation().getId();
        as("agency-bis").amendDesignation(AmendDesignationRequest.newBuilder().setRequestId(rid()).setId(id)
                .setDesignation(el.toBuilder().setLicenseReviewPolicyText("Presumption of denial").addFederalRegisterCitations("91 FR 2000"))
                .setEffectiveOn("2026-02-01").setReason("review policy tightened").build());
        as("agency-bis").removeDesignation(RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(id)
                .setEffectiveOn("2026-06-01").setReason("conduct changed").build());

        Designation jan = as("analyst").getDesignation(GetDesignationRequest.newBuilder().setId(id).setAsOf("2026-01-15").build()).getDesignation();
        Designation mar = as("analyst").getDesignation(GetDesignationRequest.newBuilder().setId(id).setAsOf("2026-03-01").build()).getDesignation();
        Designation jul = as("analyst").getDesignation(GetDesignationRequest.newBuilder().setId(id).setAsOf("2026-07-01").build()).getDesignation();
        assertThat(jan.getLicenseReviewPolicy()).isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_CASE_BY_CASE);
        assertThat(jan.getRemovedOn()).isEmpty();
        assertThat(mar.getLicenseReviewPolicy()).isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL);
        assertThat(mar.getFederalRegisterCitationsList()).containsExactly("91 FR 1000", "91 FR 2000");
        assertThat(jul.getRemovedOn()).isEqualTo("2026-06-01");
        assertThat(jul.getRemovalReason()).isEqualTo("conduct changed");

        assertThat(as("analyst").listDesignations(ListDesignationsRequest.newBuilder().setQuery("Amended Lab").setAsOf("2026-03-01").build())
                .getDesignationsCount()).isEqualTo(1);
        assertThat(as("analyst").listDesignations(ListDesignationsRequest.newBuilder().setQuery("Amended Lab").setAsOf("2026-07-01").build())
                .getDesignationsCount()).isZero();
    }

    @Test
    void aRemovalBeforeOneAlreadyScheduledBringsItForwardAndKeepsBoth() {
        String id = as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid())
                .setDesignation(sdn("Forward Removal Compute")).build()).getDesignation().getId();
        as("agency-ofac").removeDesignation(RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(id)
                .setEffectiveOn("2030-01-05").setReason("statutory sunset").build());
        RemoveDesignationRequest waiver = RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(id)
                .setEffectiveOn("2027-01-10").setReason("waiver").build();
        Designation first = as("agency-ofac").removeDesignation(waiver).getDesignation();
        assertThat(first.getRemovedOn()).isEqualTo("2027-01-10");
        // a retry answers with what the first call wrote, not with the designation's latest text
        assertThat(as("agency-ofac").removeDesignation(waiver).getDesignation().getRemovedOn()).isEqualTo("2027-01-10");

        assertThat(get(id, "2027-01-09").getRemovedOn()).isEmpty();
        assertThat(get(id, "2027-01-10").getRemovalReason()).isEqualTo("waiver");
        assertThat(get(id, "2029-12-31").getRemovedOn()).isEqualTo("2027-01-10");
        assertThat(get(id, "2030-01-05").getRemovalReason()).isEqualTo("statutory sunset");

        PartyFacts during = as("provider").resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setName("Forward Removal Compute")).setAsOf("2026-12-01").build()).getFacts();
        assertThat(during.getHitsList()).extracting(h -> h.getDesignation().getId()).contains(id);
        PartyFacts after = as("provider").resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setName("Forward Removal Compute")).setAsOf("2027-02-01").build()).getFacts();
        assertThat(after.getHitsList()).extracting(h -> h.getDesignation().getId()).doesNotContain(id);

        // removing again inside an already removed period changes nothing and says since when it is gone
        StatusRuntimeException again = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-ofac").removeDesignation(
                RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(id).setEffectiveOn("2028-05-01").setReason("again").build()));
        assertThat(again.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(again)).containsEntry("reason", "DESIGNATION_REMOVED");
        assertThat(again.getStatus().getDescription()).contains("2027-01-10");
        // before the designation was in force there is nothing to remove either
        StatusRuntimeException tooEarly = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-ofac").removeDesignation(
                RemoveDesignationRequest.newBuilder().setRequestId(rid()).setId(id).setEffectiveOn("2026-01-01").setReason("early").build()));
        assertThat(tooEarly.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(tooEarly)).containsEntry("reason", "DATES_OUT_OF_ORDER");
        assertThat(get(id, "2026-12-01").getRemovedOn()).isEmpty();
    }

    private Designation get(String id, String asOf) {
        return as("analyst").getDesignation(GetDesignationRequest.newBuilder().setId(id).setAsOf(asOf).build()).getDesignation();
    }

    @Test
    void resolvingAPartyFindsItsExactNameAndReportsTheListsUsed() {
        Designation d = as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid())
                .setDesignation(sdn("Resolvable Distillation Lab")).build()).getDesignation();
        PartyFacts facts = as("provider").resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setName("RESOLVABLE DISTILLATION LAB")).setAsOf("2026-04-01").build()).getFacts();
        assertThat(facts.getHitsList()).extracting(h -> h.getDesignation().getId()).containsExactly(d.getId());
        assertThat(facts.getListsList()).anySatisfy(l -> {
            assertThat(l.getList()).isEqualTo("SDN");
            assertThat(l.getLoaded()).isTrue();
        });

        // before the designation took effect (another entry makes the list exist then): not found
        as("agency-ofac").createDesignation(CreateDesignationRequest.newBuilder().setRequestId(rid())
                .setDesignation(sdn("Earlier Anchor Trading").toBuilder().setEffectiveFrom("2026-01-01")).build());
        PartyFacts before = as("provider").resolveParty(ResolvePartyRequest.newBuilder()
                .setParty(Party.newBuilder().setName("Resolvable Distillation Lab")).setAsOf("2026-02-01").build()).getFacts();
        assertThat(before.getHitsList()).isEmpty();
        assertThat(before.getListsList()).anySatisfy(l -> assertThat(l.getList()).isEqualTo("SDN"));
    }
}
