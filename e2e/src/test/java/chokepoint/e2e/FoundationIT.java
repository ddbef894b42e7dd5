package chokepoint.e2e;

import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.api.prohibition.v1.Service;
import chokepoint.api.prohibition.v1.ServiceType;
import chokepoint.api.prohibition.v1.Verdict;
import chokepoint.api.screening.v1.CreateScreeningRequest;
import chokepoint.api.screening.v1.GetScreeningRequest;
import chokepoint.api.screening.v1.Screening;
import chokepoint.api.screening.v1.ScreeningServiceGrpc;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2's end-to-end promise, through real processes: an agency designates, a provider
 * screens, the verdict names list, designation and citation; screenings stay within their
 * tenant; with designation-lists stopped or frozen the answer is never CLEAR.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationIT {

    static Suite suite;
    static String ofac;
    static String provider;
    static String designationId;
    static String screeningId;
    static final String LAB = "Distillation Proxy Networks " + UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        // a generous deadline: this 2-core machine also runs the build; a frozen service still misses it
        suite = new Suite(Map.of("CHOKEPOINT_REQUIRED_LISTS", "SDN", "CHOKEPOINT_DOWNSTREAM_DEADLINE", "6s"));
        ofac = suite.token("agency-ofac", null);
        provider = suite.token("provider", "acme");
    }

    @AfterAll
    static void stop() throws Exception {
        if (channel != null) {
            channel.shutdownNow();
        }
        if (suite != null) {
            suite.close();
        }
    }

    static String screening(String name, String service) {
        return """
                {"customer": {"kind": "ORGANIZATION", "name": "%s", "countries": ["SG"]},
                 "service": {"type": "%s"}}""".formatted(name, service);
    }

    @Test
    @Order(1)
    void ofacCreatesABlockedDesignationThroughTheGateway() throws Exception {
        Suite.Answer a = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), ofac, """
                {"list": "SDN", "programs": ["CYBER2"], "effectiveFrom": "2026-01-15",
                 "federalRegisterCitations": ["91 FR 12345"],
                 "party": {"kind": "ORGANIZATION", "name": "%s", "countries": ["HK"]}}""".formatted(LAB));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
        designationId = a.body().get("id").asText();
        assertThat(designationId).startsWith("dsg_");
        assertThat(a.body().get("authority").asText()).isEqualTo("OFAC");
    }

    @Test
    @Order(2)
    void bisMayNotWriteTheSdnListAndAProviderMayNotWriteAtAll() throws Exception {
        String body = """
                {"list": "SDN", "party": {"name": "Someone Else Ltd"}}""";
        Suite.Answer bis = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), suite.token("agency-bis", null), body);
        assertThat(bis.status()).isEqualTo(403);
        assertThat(bis.body().get("reason").asText()).isEqualTo("LIST_NOT_OWNED");
        Suite.Answer prov = suite.post("/v1/designations?requestId=" + UUID.randomUUID(), provider, body);
        assertThat(prov.status()).isEqualTo(403);
        assertThat(suite.post("/v1/screenings", null, screening("x", "STORAGE")).status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void screeningTheDesignatedNameForAiTrainingIsProhibitedWithItsReason() throws Exception {
        Suite.Answer a = suite.post("/v1/screenings", provider, screening(LAB, "AI_TRAINING_COMPUTE"));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("verdict").asText()).isEqualTo("PROHIBITED");
        JsonNode reason = null;
        for (JsonNode r : a.body().get("reasons")) {
            if ("PROHIBITED".equals(r.path("verdict").asText()) && designationId.equals(r.path("designationId").asText())) {
                reason = r;
            }
        }
        assertThat(reason).as(a.body().toString()).isNotNull();
        assertThat(reason.get("list").asText()).isEqualTo("SDN");
        assertThat(reason.get("citation").asText()).isNotBlank();
        assertThat(reason.get("matchedName").asText()).isEqualTo(LAB);
        assertThat(a.body().get("listVersions").has("SDN")).isTrue();
        screeningId = a.body().get("id").asText();
    }

    @Test
    @Order(4)
    void anUnrelatedNameIsClear() throws Exception {
        Suite.Answer a = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("verdict").asText()).as(a.body().toString()).isEqualTo("CLEAR");
    }

    @Test
    @Order(5)
    void theScreeningIsReadableByItsTenantOnly() throws Exception {
        Suite.Answer own = suite.get("/v1/screenings/" + screeningId, provider);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("verdict").asText()).isEqualTo("PROHIBITED");
        assertThat(own.body().get("tenant").asText()).isEqualTo("acme");
        Suite.Answer other = suite.get("/v1/screenings/" + screeningId, suite.token("provider", "globex"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(6)
    void anOfficerSharedWithTheBlockedLabPutsANewCustomerUnderReview() throws Exception {
        String person = "Example Shared Officer " + UUID.randomUUID().toString().substring(0, 6);
        Suite.Answer link = suite.post("/v1/officers?requestId=" + UUID.randomUUID(), ofac, """
                {"person": "%s", "entity": "%s", "role": "DIRECTOR", "effectiveFrom": "2026-02-01",
                 "source": "Hong Kong companies registry"}""".formatted(person, designationId));
        assertThat(link.status()).as(link.body().toString()).isEqualTo(201);
        assertThat(link.body().get("entityId").asText()).isEqualTo(designationId);
        Suite.Answer noRole = suite.post("/v1/officers?requestId=" + UUID.randomUUID(), ofac, """
                {"person": "%s", "entity": "%s", "effectiveFrom": "2026-02-01"}""".formatted(person, designationId));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.body().get("reason").asText()).isEqualTo("MISSING_ROLE");

        Suite.Answer a = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "Brand New Compute Rental Pte Ltd", "countries": ["SG"],
                              "officers": [{"name": "%s", "role": "CEO"}]},
                 "service": {"type": "AI_TRAINING_COMPUTE"}}""".formatted(person));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(200);
        assertThat(a.body().get("verdict").asText()).as(a.body().toString()).isEqualTo("REVIEW");
        assertThat(a.body().get("reasons").toString()).contains("SHARED_OFFICER");
    }

    static List<String> codes(Suite.Answer screening) {
        List<String> codes = new ArrayList<>();
        screening.body().get("reasons").forEach(r -> codes.add(r.path("code").asText()));
        return codes;
    }

    /**
     * DoD's 1260H file holds the list across its editions; through the gateway it becomes one version per edition,
     * and the verdict follows the date asked about. AMEC (Advanced Micro-Fabrication Equipment Inc. China) was
     * listed on 2024-01-31 (the file's row): for AI training compute, REVIEW with the 1260H reasons from that date
     * (military-end-use red flag, NDAA FY2021 sec. 1260H), none on a date before it, when the list held others (this
     * suite requires only SDN, which it did not hold then: that date's verdict is REVIEW for that, not for 1260H).
     */
    @Test
    @Order(6)
    void the1260hHistoryGivesEachDateTheListAsItStoodThen() throws Exception {
        Suite.Answer imported = suite.postBytes("/v1/imports?format=DOD_1260H_CSV&effectiveOn=2026-06-08", suite.token("admin", null),
                "text/csv", Files.readAllBytes(KillMidImportIT.shared("lists/dod/section-1260h.csv")), Duration.ofMinutes(2));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        List<String> dates = new ArrayList<>();
        imported.body().get("versions").forEach(v -> dates.add(v.get("effectiveOn").asText()));
        assertThat(dates).containsExactly("2021-06-03", "2022-10-05", "2024-01-31", "2025-01-07", "2026-02-17", "2026-06-08");

        String amec = "Advanced Micro-Fabrication Equipment Inc. China";
        Suite.Answer before = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "%s"}, "service": {"type": "AI_TRAINING_COMPUTE"},
                 "asOf": "2023-06-01"}""".formatted(amec));
        assertThat(before.status()).as(before.body().toString()).isEqualTo(200);
        assertThat(codes(before)).as(before.body().toString()).noneMatch(c -> c.startsWith("SECTION_1260H"));
        assertThat(before.body().get("listVersions").has("SECTION_1260H")).as("the list as of then was consulted").isTrue();

        Suite.Answer listed = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "%s"}, "service": {"type": "AI_TRAINING_COMPUTE"},
                 "asOf": "2024-06-01"}""".formatted(amec));
        assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
        assertThat(listed.body().get("verdict").asText()).as(listed.body().toString()).isEqualTo("REVIEW");
        assertThat(codes(listed)).as(listed.body().toString()).contains("SECTION_1260H_MILITARY_END_USE_RED_FLAG");
        assertThat(listed.body().get("listVersions").get("SECTION_1260H").asText())
                .isNotEqualTo(before.body().get("listVersions").get("SECTION_1260H").asText());
    }

    @Test
    @Order(7)
    void badInputIsAProblemAndNothingIsStored() throws Exception {
        Suite.Answer a = suite.post("/v1/screenings", provider, "{\"customer\": {\"name\": \"A\"}, \"service\": {\"type\": \"WARP_DRIVE\"}}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.body().get("reason").asText()).isEqualTo("INVALID_ENUM");

        // a date before every list held: no verdict can be given for it, and none is recorded
        Suite.Answer early = suite.post("/v1/screenings", provider, """
                {"customer": {"kind": "ORGANIZATION", "name": "%s"}, "service": {"type": "AI_TRAINING_COMPUTE"},
                 "asOf": "2000-01-01"}""".formatted(LAB));
        assertThat(early.status()).as(early.body().toString()).isEqualTo(400);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.body().get("reason").asText()).isEqualTo("AS_OF_BEFORE_FIRST_LIST");
        assertThat(early.body().get("field").asText()).isEqualTo("asOf");
        // the detail speaks to a REST client too: no protobuf field name in it
        assertThat(early.body().get("detail").asText()).contains("2000-01-01").doesNotContain("as_of");
        assertThat(early.body().get("id")).as("no screening id: nothing recorded").isNull();
    }

    /** The gateway's gRPC edge (ScreeningService on the gateway's port), with the caller's token. */
    static ScreeningServiceGrpc.ScreeningServiceBlockingStub grpc(String token) {
        if (channel == null) {
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", suite.gatewayPort).usePlaintext().build();
        }
        return ClientAuth.withToken(ScreeningServiceGrpc.newBlockingStub(channel), token).withDeadlineAfter(30, TimeUnit.SECONDS);
    }

    static ManagedChannel channel;

    static CreateScreeningRequest grpcScreening(String name, ServiceType type) {
        return CreateScreeningRequest.newBuilder().setCustomer(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION)
                .setName(name).addCountries("SG")).setService(Service.newBuilder().setType(type)).build();
    }

    static String errorReason(StatusRuntimeException e) {
        return GrpcErrors.errorInfo(e).get("reason");
    }

    @Test
    @Order(7)
    void overGrpcAProviderGetsTheSameVerdictsAndBadInputIsRefusedWithAReason() throws Exception {
        Screening blocked = grpc(provider).createScreening(grpcScreening(LAB, ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE))
                .getScreening();
        assertThat(blocked.getVerdict()).isEqualTo(Verdict.VERDICT_PROHIBITED);
        assertThat(blocked.getReasonsList()).anySatisfy(r -> {
            assertThat(r.getDesignationId()).isEqualTo(designationId);
            assertThat(r.getCitation()).isNotBlank();
        });
        assertThat(blocked.getListVersionsMap()).containsKey("SDN");
        assertThat(grpc(provider).createScreening(grpcScreening("Harmless Bakery GmbH", ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE))
                .getScreening().getVerdict()).isEqualTo(Verdict.VERDICT_CLEAR);

        // recorded, and read back by its tenant only (REST and gRPC read the same record)
        assertThat(suite.get("/v1/screenings/" + blocked.getId(), provider).body().get("verdict").asText()).isEqualTo("PROHIBITED");
        StatusRuntimeException other = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class, () ->
                grpc(suite.token("provider", "globex")).getScreening(GetScreeningRequest.newBuilder().setId(blocked.getId()).build()));
        assertThat(other.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);

        // refused by the gateway itself, and by designation-lists behind it: INVALID_ARGUMENT with the reason
        StatusRuntimeException noType = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class, () ->
                grpc(provider).createScreening(grpcScreening("Acme", ServiceType.SERVICE_TYPE_UNSPECIFIED)));
        assertThat(noType.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(errorReason(noType)).isEqualTo("INVALID_ENUM");
        StatusRuntimeException empty = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class, () ->
                grpc(provider).createScreening(grpcScreening("%%% ...", ServiceType.SERVICE_TYPE_STORAGE)));
        assertThat(empty.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(errorReason(empty)).isEqualTo("INVALID_NAME_EMPTY");
    }

    /**
     * A provider's gRPC client that gives up on some screenings (their deadline passed while the gateway waited for
     * designation-lists) must not lose its other screenings in flight on the same connection: a late reply to a
     * stream the client has reset would make the gateway's HTTP/2 layer end the whole connection (GOAWAY
     * PROTOCOL_ERROR), failing them with INTERNAL (NoLateReplyInterceptor).
     */
    @Test
    @Order(8)
    void aClientWhoseDeadlinePassesKeepsItsOtherScreeningsInFlight() throws Exception {
        ManagedChannel own = ManagedChannelBuilder.forAddress("127.0.0.1", suite.gatewayPort).usePlaintext().build();
        try {
            var client = ClientAuth.withToken(ScreeningServiceGrpc.newFutureStub(own), provider);
            CreateScreeningRequest req = grpcScreening("Harmless Bakery GmbH", ServiceType.SERVICE_TYPE_STORAGE);
            client.withDeadlineAfter(30, TimeUnit.SECONDS).createScreening(req).get(30, TimeUnit.SECONDS); // connected
            List<ListenableFuture<?>> hasty = new ArrayList<>();
            List<ListenableFuture<?>> patient = new ArrayList<>();
            suite.signal("designation-lists", "STOP");
            try {
                for (int i = 0; i < 20; i++) {
                    hasty.add(client.withDeadlineAfter(300, TimeUnit.MILLISECONDS).createScreening(req));
                }
                for (var f : hasty) {
                    ExecutionException e = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class,
                            () -> f.get(30, TimeUnit.SECONDS));
                    assertThat(Status.fromThrowable(e.getCause()).getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                }
                // the gateway is still working on the 20 (waiting for designation-lists) when these start
                for (int i = 0; i < 20; i++) {
                    patient.add(client.withDeadlineAfter(30, TimeUnit.SECONDS).createScreening(req));
                }
            } finally {
                suite.signal("designation-lists", "CONT");
            }
            for (var f : patient) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError("a patient screening failed on the shared connection: " + Status.fromThrowable(e.getCause()), e);
                }
            }
        } finally {
            own.shutdownNow();
        }
    }

    @Test
    @Order(9)
    void withDesignationListsFrozenTheScreeningIsNotClear() throws Exception {
        suite.signal("designation-lists", "STOP");
        try {
            Suite.Answer a = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE"));
            assertThat(a.status()).as(a.body().toString()).isEqualTo(503);
            assertThat(a.body().get("reason").asText()).isEqualTo("DEPENDENCY_UNAVAILABLE");
            assertThat(a.body().path("verdict").isMissingNode()).isTrue();
            StatusRuntimeException e = org.assertj.core.api.Assertions.catchThrowableOfType(StatusRuntimeException.class, () ->
                    grpc(provider).createScreening(grpcScreening("Harmless Bakery GmbH", ServiceType.SERVICE_TYPE_AI_TRAINING_COMPUTE)));
            assertThat(e).as("no verdict over gRPC either").isNotNull();
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(errorReason(e)).isEqualTo("DEPENDENCY_UNAVAILABLE");
        } finally {
            suite.signal("designation-lists", "CONT");
        }
        // designation-lists resumed: wait until screenings are answered again before freezing the other one
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE")).status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("screenings answered again after designation-lists resumed").isEqualTo(200);
        // the other dependency, frozen and then killed: the screening is never answered CLEAR
        suite.signal("cloud-prohibition", "STOP");
        try {
            Suite.Answer a = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE"));
            assertThat(a.status()).as(a.body().toString()).isEqualTo(503);
            assertThat(a.body().get("dependency").asText()).isEqualTo("cloud-prohibition");
        } finally {
            suite.signal("cloud-prohibition", "CONT");
        }
        long pid = suite.pid("cloud-prohibition");
        suite.signal("cloud-prohibition", "KILL");
        for (int i = 0; i < 50 && suite.alive(pid); i++) {
            Thread.sleep(100);
        }
        Suite.Answer killed = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE"));
        assertThat(killed.status()).as(killed.body().toString()).isEqualTo(503);
        assertThat(killed.body().get("reason").asText()).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(killed.body().get("dependency").asText()).isEqualTo("cloud-prohibition");
    }

    @Test
    @Order(10)
    void withDesignationListsStoppedTheScreeningIsNotClear() throws Exception {
        long pid = suite.pid("designation-lists");
        List<Long> others = List.of(suite.pid("gateway"), suite.pid("cloud-prohibition"), suite.pid("paip-menu"));
        suite.signal("designation-lists", "KILL");
        for (int i = 0; i < 50 && suite.alive(pid); i++) {
            Thread.sleep(100);
        }
        assertThat(suite.alive(pid)).isFalse();
        Suite.Answer a = suite.post("/v1/screenings", provider, screening("Harmless Bakery GmbH", "AI_TRAINING_COMPUTE"));
        assertThat(a.status()).as(a.body().toString()).isEqualTo(503);
        assertThat(a.body().get("reason").asText()).isEqualTo("DEPENDENCY_UNAVAILABLE");
        assertThat(a.body().get("dependency").asText()).isEqualTo("designation-lists");

        // stopping the run script (TERM, trapped like Ctrl-C) stops every process it started
        suite.close();
        for (long other : others) {
            for (int i = 0; i < 100 && suite.alive(other); i++) {
                Thread.sleep(100);
            }
            assertThat(suite.alive(other)).as("process " + other + " stopped").isFalse();
        }
    }
}
