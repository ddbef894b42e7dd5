package chokepoint.paip.outbox;

import chokepoint.api.designations.v1.CreateDesignationRequest;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.RemoveDesignationRequest;
import chokepoint.api.paip.v1.Clause;
import chokepoint.api.paip.v1.CreateIdentificationRequest;
import chokepoint.api.paip.v1.CreateIdentificationResponse;
import chokepoint.api.paip.v1.Effect;
import chokepoint.api.paip.v1.GetPackageRequest;
import chokepoint.api.paip.v1.GetReportRequest;
import chokepoint.api.paip.v1.GetReportResponse;
import chokepoint.api.paip.v1.Identification;
import chokepoint.api.paip.v1.ImposePackageRequest;
import chokepoint.api.paip.v1.ImposePackageResponse;
import chokepoint.api.paip.v1.Package;
import chokepoint.api.paip.v1.PaipServiceGrpc;
import chokepoint.api.paip.v1.ProposePackageRequest;
import chokepoint.api.paip.v1.WaivePackageRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.paip.application.OutboxDispatcher;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyServerBuilder;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imposition end to end inside paip-menu: real gRPC in, PostgreSQL, and the outbox dispatched over real gRPC to a
 * designation-lists peer started by the test ({@link FakeDesignationLists}, which records calls and is idempotent
 * by request id as designation-lists is).
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PaipImpositionTest {

    static final int YEAR = 2026;
    static FakeDesignationLists peer;
    static Server server;

    @GrpcClient("self")
    PaipServiceGrpc.PaipServiceBlockingStub self;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startPeer() throws Exception {
        peer = new FakeDesignationLists();
        server = NettyServerBuilder.forPort(19181).addService(ServerInterceptors.intercept(peer, peer)).build().start();
    }

    @AfterAll
    static void stopPeer() {
        if (server != null) {
            server.shutdownNow();
        }
    }

    @AfterEach
    void resetClock() {
        dispatcher.useClock(Clock.systemUTC());
        peer.unavailableOnce.clear();
        peer.refuseOnce.clear();
    }

    PaipServiceGrpc.PaipServiceBlockingStub as(String role) {
        return ClientAuth.withToken(self, PostgresResource.token(role));
    }

    static Party org(String name) {
        return Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name).addCountries("CN").build();
    }

    Identification lab(String name, boolean bank) {
        return as("agency-state").createIdentification(CreateIdentificationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setIdentification(Identification.newBuilder().setParty(org(name)).setClause(Clause.CLAUSE_I).setReportYear(YEAR)
                        .setIsFinancialInstitution(bank)
                        .setNarrative("Extracted model capabilities through 24,000 fraudulent accounts.")).build()).getIdentification();
    }

    Identification ceo(String name, String labId) {
        return as("agency-state").createIdentification(CreateIdentificationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setIdentification(Identification.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_PERSON)
                                .setName(name).addCountries("CN")).setClause(Clause.CLAUSE_IV).setReportYear(YEAR)
                        .setRelatedIdentificationId(labId).setNarrative("Assessment: directed the extraction campaign.")).build())
                .getIdentification();
    }

    ImposePackageResponse impose(String identificationId, String requestId, String... measures) {
        return as("agency-state").imposePackage(ImposePackageRequest.newBuilder().setRequestId(requestId)
                .setPackage(Package.newBuilder().setIdentificationId(identificationId).addAllMeasures(List.of(measures))
                        .setEffectiveFrom("2026-12-01")).build());
    }

    Package pkg(String id) {
        return as("agency-state").getPackage(GetPackageRequest.newBuilder().setId(id).build()).getPackage();
    }

    long count(String table) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    /** What a crash between designation-lists' commit and ours leaves behind: the row still PENDING. */
    void forgetDelivery(String rowId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update outbox set state = 'PENDING', result_ref = null, done_at = null where id = :id")
                .setParameter("id", rowId).executeUpdate());
    }

    String rowState(String rowId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select state from outbox where id = :id")
                .setParameter("id", rowId).getSingleResult());
    }

    static Map<String, String> info(StatusRuntimeException e) {
        return GrpcErrors.errorInfo(e);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void refusedPackagesAreRefusedWithTheStatutoryReasonAndStoreNothing() {
        Identification lab = lab("Refused Lab " + UUID.randomUUID(), false);
        long packages = count("sanction_package");
        long outbox = count("outbox");

        StatusRuntimeException four = catchThrowableOfType(StatusRuntimeException.class,
                () -> impose(lab.getId(), UUID.randomUUID().toString(), "A", "B", "H", "I"));
        assertThat(four.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(info(four)).containsEntry("reason", "PAIP_FEWER_THAN_FIVE")
                .containsEntry("citation", "50 U.S.C. 1709(b)(1)").containsEntry("field", "package.measures");

        StatusRuntimeException notABank = catchThrowableOfType(StatusRuntimeException.class,
                () -> impose(lab.getId(), UUID.randomUUID().toString(), "A", "B", "F(i)", "H", "I"));
        assertThat(notABank.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(info(notABank)).containsEntry("reason", "PAIP_NOT_A_FINANCIAL_INSTITUTION")
                .containsEntry("citation", "50 U.S.C. 1709(b)(1)(F)");

        StatusRuntimeException unknown = catchThrowableOfType(StatusRuntimeException.class,
                () -> impose(lab.getId(), UUID.randomUUID().toString(), "Z", "A", "B", "H", "I"));
        assertThat(unknown.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(info(unknown)).containsEntry("reason", "PAIP_UNKNOWN_MEASURE").containsEntry("field", "package.measures[0]");

        StatusRuntimeException noDate = catchThrowableOfType(StatusRuntimeException.class,
                () -> as("agency-state").imposePackage(ImposePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                        .setPackage(Package.newBuilder().setIdentificationId(lab.getId()).addAllMeasures(List.of("A", "B", "H", "I", "J"))
                                .setEffectiveFrom("2026-13-01")).build()));
        assertThat(info(noDate)).containsEntry("reason", "PAIP_INVALID_DATE").containsEntry("field", "package.effective_from");

        StatusRuntimeException missing = catchThrowableOfType(StatusRuntimeException.class,
                () -> impose("idn_nope", UUID.randomUUID().toString(), "A", "B", "H", "I", "J"));
        assertThat(missing.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(info(missing)).containsEntry("reason", "PAIP_IDENTIFICATION_NOT_FOUND");

        StatusRuntimeException noRequestId = catchThrowableOfType(StatusRuntimeException.class,
                () -> impose(lab.getId(), "", "A", "B", "H", "I", "J"));
        assertThat(info(noRequestId)).containsEntry("reason", "MISSING_REQUEST_ID");

        StatusRuntimeException provider = catchThrowableOfType(StatusRuntimeException.class, () -> as("provider").imposePackage(
                ImposePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setPackage(Package.newBuilder()
                        .setIdentificationId(lab.getId()).addAllMeasures(List.of("A", "B", "H", "I", "J")).setEffectiveFrom("2026-12-01")).build()));
        assertThat(provider.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        StatusRuntimeException bis = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-bis").createIdentification(
                CreateIdentificationRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).build()));
        assertThat(bis.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);

        assertThat(count("sanction_package")).isEqualTo(packages);
        assertThat(count("outbox")).isEqualTo(outbox);
    }

    @Test
    void identificationsAreValidatedAndIdempotentByRequestId() {
        String rid = UUID.randomUUID().toString();
        Identification body = Identification.newBuilder().setParty(org("Idempotent Lab " + rid)).setClause(Clause.CLAUSE_II)
                .setReportYear(YEAR).build();
        long before = count("identification");
        CreateIdentificationResponse first = as("agency-state").createIdentification(
                CreateIdentificationRequest.newBuilder().setRequestId(rid).setIdentification(body).build());
        CreateIdentificationResponse again = as("admin").createIdentification(
                CreateIdentificationRequest.newBuilder().setRequestId(rid).setIdentification(body).build());
        assertThat(first.getReplayed()).isFalse();
        assertThat(again.getReplayed()).isTrue();
        assertThat(again.getIdentification().getId()).isEqualTo(first.getIdentification().getId()).startsWith("idn_");
        assertThat(first.getIdentification().getPeriodStart()).isEqualTo("2025-07-04");
        assertThat(count("identification")).isEqualTo(before + 1);

        StatusRuntimeException unlinkedCeo = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-state")
                .createIdentification(CreateIdentificationRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                        .setIdentification(Identification.newBuilder().setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_PERSON)
                                .setName("Unlinked Officer")).setClause(Clause.CLAUSE_IV).setReportYear(YEAR)
                                .setNarrative("Assessment: none.")).build()));
        assertThat(unlinkedCeo.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(info(unlinkedCeo)).containsEntry("reason", "PAIP_RELATED_IDENTIFICATION_REQUIRED");
        assertThat(count("identification")).isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- exactly once

    @Test
    void anImposedPackageReachesDesignationListsExactlyOnceEvenWhenDeliveryIsRepeated() {
        Identification lab = lab("Severe Lab " + UUID.randomUUID(), false);
        Package proposal = as("analyst").proposePackage(ProposePackageRequest.newBuilder().setIdentificationId(lab.getId())
                .setCalibration("SEVERE").build()).getPackage();
        assertThat(proposal.getMeasuresList()).containsExactly("A", "B", "H", "I", "J");
        assertThat(proposal.getReasoningList()).isNotEmpty();

        String rid = UUID.randomUUID().toString();
        ImposePackageResponse imposed = as("agency-state").imposePackage(ImposePackageRequest.newBuilder().setRequestId(rid)
                .setPackage(proposal.toBuilder().setEffectiveFrom("2026-12-01")).build());
        String id = imposed.getPackage().getId();
        assertThat(imposed.getPackage().getStatus()).isEqualTo("IMPOSED");
        assertThat(imposed.getPackage().getEffectsList()).extracting(Effect::getMeasure).containsExactly("A", "B", "H", "I", "J");
        assertThat(peer.createsFor(id)).as("nothing is sent before the dispatcher runs").isEmpty();

        dispatcher.runOnce();
        List<CreateDesignationRequest> sent = peer.createsFor(id);
        assertThat(sent).extracting(CreateDesignationRequest::getRequestId).containsExactly("paip:" + id + ":A", "paip:" + id + ":B");
        CreateDesignationRequest a = sent.get(0);
        assertThat(a.getDesignation().getList()).isEqualTo("PAIP");
        assertThat(a.getDesignation().getProgramsList()).containsExactly("PAIP");
        assertThat(a.getDesignation().getParty().getName()).isEqualTo(lab.getParty().getName());
        assertThat(a.getDesignation().getParty().getKind()).isEqualTo(PartyKind.PARTY_KIND_ORGANIZATION);
        assertThat(a.getDesignation().getEffectiveFrom()).isEqualTo("2026-12-01");
        assertThat(a.getDesignation().getRemarks()).contains("50 U.S.C. 1709(b)(1)(A)").contains("H (50 U.S.C. 1709(b)(1)(H))");
        CreateDesignationRequest b = sent.get(1);
        assertThat(b.getDesignation().getList()).isEqualTo("ENTITY_LIST");
        assertThat(b.getDesignation().getProgramsList()).doesNotContain("PAIP");
        assertThat(b.getDesignation().getLicenseRequirement()).isEqualTo("For all items subject to the EAR");
        assertThat(b.getDesignation().getLicenseReviewPolicy()).isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL);
        assertThat(peer.authorizations).contains("Bearer test-service-token");

        Package done = pkg(id);
        List<String> ids = List.copyOf(done.getDesignationIdsList());
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(done.getEffectsList()).filteredOn(e -> e.getKind().equals("RECORDED_EFFECT"))
                .extracting(Effect::getMeasure).containsExactly("H", "I", "J");
        assertThat(done.getEffectsList()).filteredOn(e -> !e.getKind().equals("RECORDED_EFFECT"))
                .allSatisfy(e -> {
                    assertThat(e.getState()).isEqualTo("DONE");
                    // the sunset removal follows its designation in the same pass
                    assertThat(e.getRemovalState()).isEqualTo("DONE");
                });

        // a second pass finds nothing to send
        dispatcher.runOnce();
        assertThat(peer.createsFor(id)).hasSize(2);

        // designation-lists committed but our commit was lost: the row is sent again with the same request id,
        // designation-lists replays the first result, and the package still holds each designation once
        forgetDelivery("paip:" + id + ":A");
        dispatcher.runOnce();
        assertThat(peer.createsFor(id)).extracting(CreateDesignationRequest::getRequestId)
                .containsExactly("paip:" + id + ":A", "paip:" + id + ":B", "paip:" + id + ":A");
        assertThat(peer.designationsCreatedFor(id)).isEqualTo(2);
        assertThat(rowState("paip:" + id + ":A")).isEqualTo("DONE");
        assertThat(pkg(id).getDesignationIdsList()).containsExactlyElementsOf(ids);

        // the same imposition request again writes nothing
        long outbox = count("outbox");
        ImposePackageResponse replay = as("agency-state").imposePackage(ImposePackageRequest.newBuilder().setRequestId(rid)
                .setPackage(proposal.toBuilder().setEffectiveFrom("2026-12-01")).build());
        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getPackage().getId()).isEqualTo(id);
        assertThat(count("outbox")).isEqualTo(outbox);
    }

    @Test
    void aFailedSendIsRetriedAndStillCreatesOneDesignation() {
        Identification lab = lab("Retry Lab " + UUID.randomUUID(), false);
        Identification ceo = ceo("Retry Officer " + UUID.randomUUID(), lab.getId());
        String id = as("admin").imposePackage(ImposePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setPackage(Package.newBuilder().setIdentificationId(ceo.getId()).setEffectiveFrom("2026-12-01")).build())
                .getPackage().getId();
        assertThat(pkg(id).getMeasuresList()).containsExactly("(b)(2)(A)", "(b)(2)(B)");

        peer.unavailableOnce.add("paip:" + id + ":b2A");
        OutboxDispatcher.Pass first = dispatcher.runOnce();
        assertThat(first.retrying()).isGreaterThanOrEqualTo(1);
        Effect blocking = pkg(id).getEffectsList().get(0);
        assertThat(blocking.getState()).isEqualTo("PENDING");
        assertThat(blocking.getLastError()).contains("UNAVAILABLE");
        assertThat(pkg(id).getDesignationIdsList()).isEmpty();

        dispatcher.runOnce();
        List<CreateDesignationRequest> sent = peer.createsFor(id);
        assertThat(sent).extracting(CreateDesignationRequest::getRequestId).containsExactly("paip:" + id + ":b2A", "paip:" + id + ":b2A");
        assertThat(peer.designationsCreatedFor(id)).isEqualTo(1);
        assertThat(sent.get(1).getDesignation().getList()).isEqualTo("PAIP");
        assertThat(sent.get(1).getDesignation().getParty().getKind()).isEqualTo(PartyKind.PARTY_KIND_PERSON);
        Package done = pkg(id);
        assertThat(done.getDesignationIdsList()).hasSize(1);
        assertThat(done.getEffectsList().get(0).getState()).isEqualTo("DONE");
        assertThat(done.getEffectsList().get(1).getState()).isEqualTo("RECORDED");
    }

    @Test
    void aRefusalByDesignationListsIsFailedAndNotRetried() {
        Identification lab = lab("Refused Delivery Lab " + UUID.randomUUID(), false);
        String id = impose(lab.getId(), UUID.randomUUID().toString(), "A", "C", "D", "E", "G").getPackage().getId();
        peer.refuseOnce.add("paip:" + id + ":A");
        dispatcher.runOnce();
        dispatcher.runOnce();
        assertThat(peer.createsFor(id)).hasSize(1);
        assertThat(rowState("paip:" + id + ":A")).isEqualTo("FAILED");
        assertThat(pkg(id).getEffectsList().get(0).getLastError()).contains("INVALID_ARGUMENT");
    }

    // ---------------------------------------------------------------- waiver and sunset

    @Test
    void aWaiverRemovesEachDesignationFromTheWaiverDateAndSupersedesTheSunsetRemoval() {
        Identification lab = lab("Waived Lab " + UUID.randomUUID(), true);
        String id = impose(lab.getId(), UUID.randomUUID().toString(), "A", "B", "F(i)", "F(ii)", "H").getPackage().getId();
        dispatcher.runOnce();
        List<String> designations = pkg(id).getDesignationIdsList();
        assertThat(designations).hasSize(2);

        StatusRuntimeException noJustification = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-state")
                .waivePackage(WaivePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setPackageId(id)
                        .setEffectiveOn("2027-01-10").build()));
        assertThat(info(noJustification)).containsEntry("reason", "PAIP_WAIVER_NEEDS_JUSTIFICATION")
                .containsEntry("citation", "50 U.S.C. 1709(c)(1)");

        String justification = "Negotiated return of the stolen weights; national interest determination of 2027-01-09.";
        Package waived = as("agency-state").waivePackage(WaivePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setPackageId(id).setEffectiveOn("2027-01-10").setJustification(justification).build()).getPackage();
        assertThat(waived.getStatus()).isEqualTo("WAIVED");
        assertThat(waived.getCongressNoticeDue()).isEqualTo("2027-01-25");
        assertThat(waived.getEffectsList()).allSatisfy(e -> assertThat(e.getRemovedOn()).isEqualTo("2027-01-10"));

        dispatcher.runOnce();
        List<RemoveDesignationRequest> removals = peer.removesFor(id).stream()
                .filter(r -> r.getRequestId().endsWith(":waiver")).toList();
        assertThat(removals).extracting(RemoveDesignationRequest::getId).containsExactlyInAnyOrderElementsOf(designations);
        assertThat(removals).allSatisfy(r -> {
            assertThat(r.getRequestId()).isEqualTo("paip:" + id + ":" + r.getId() + ":waiver");
            assertThat(r.getEffectiveOn()).isEqualTo("2027-01-10");
            assertThat(r.getReason()).contains(justification).contains("50 U.S.C. 1709(c)");
        });
        // the sunset removals went out with the designations; the waiver removes earlier, both stay recorded
        assertThat(rowState("paip:" + id + ":A:sunset")).isEqualTo("DONE");
        assertThat(pkg(id).getEffectsList()).filteredOn(e -> !e.getDesignationId().isEmpty())
                .allSatisfy(e -> assertThat(e.getRemovalState()).isEqualTo("DONE"));

        // at the sunset nothing more is sent for a waived package
        dispatcher.useClock(Clock.fixed(Instant.parse("2030-01-05T06:00:00Z"), ZoneOffset.UTC));
        dispatcher.runOnce();
        assertThat(peer.removesFor(id)).hasSize(4);

        StatusRuntimeException twice = catchThrowableOfType(StatusRuntimeException.class, () -> as("agency-state")
                .waivePackage(WaivePackageRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setPackageId(id)
                        .setEffectiveOn("2027-02-01").setJustification(justification).build()));
        assertThat(info(twice)).containsEntry("reason", "PAIP_ALREADY_WAIVED");
    }

    @Test
    void theSunsetRemovalIsSentWithTheDesignationsDatedTheTerminationDate() {
        Identification lab = lab("Sunset Lab " + UUID.randomUUID(), false);
        String id = impose(lab.getId(), UUID.randomUUID().toString(), "A", "B", "H", "I", "J").getPackage().getId();
        assertThat(rowState("paip:" + id + ":A:sunset")).isEqualTo("PENDING");
        assertThat(peer.removesFor(id)).as("nothing is sent before its designation exists").isEmpty();

        dispatcher.runOnce();
        List<RemoveDesignationRequest> removals = peer.removesFor(id);
        assertThat(removals).extracting(RemoveDesignationRequest::getId).containsExactlyElementsOf(pkg(id).getDesignationIdsList());
        assertThat(removals).allSatisfy(r -> {
            assertThat(r.getEffectiveOn()).isEqualTo("2030-01-05");
            assertThat(r.getReason()).isEqualTo("50 U.S.C. 1709(f) sunset");
            assertThat(r.getRequestId()).isEqualTo("paip:" + id + ":" + r.getId() + ":sunset");
        });
        dispatcher.runOnce();
        assertThat(peer.removesFor(id)).as("each removal is sent once").hasSize(2);
    }

    @Test
    void theReportListsTheIdentificationAndItsPackageInJsonAndHtml() {
        Identification lab = lab("Report Lab <script> " + UUID.randomUUID(), false);
        String id = impose(lab.getId(), UUID.randomUUID().toString(), "A", "B", "H", "I", "J").getPackage().getId();
        GetReportResponse report = as("analyst").getReport(GetReportRequest.newBuilder().setYear(YEAR).build());
        assertThat(report.getJson()).contains(lab.getId()).contains(id).doesNotContain("<script>");
        assertThat(report.getHtml()).contains("Report Lab &lt;script&gt;").contains(id);
        StatusRuntimeException late = catchThrowableOfType(StatusRuntimeException.class,
                () -> as("analyst").getReport(GetReportRequest.newBuilder().setYear(2031).build()));
        assertThat(info(late)).containsEntry("reason", "PAIP_REPORT_YEAR_OUT_OF_RANGE");
    }
}
