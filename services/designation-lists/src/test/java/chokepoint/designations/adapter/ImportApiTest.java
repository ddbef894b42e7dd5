package chokepoint.designations.adapter;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ImportChunk;
import chokepoint.api.designations.v1.ImportHeader;
import chokepoint.api.designations.v1.ImportListRequest;
import chokepoint.api.designations.v1.ImportListResponse;
import chokepoint.api.designations.v1.LicenseReviewPolicy;
import chokepoint.api.designations.v1.ListDesignationsRequest;
import chokepoint.api.designations.v1.ListListVersionsRequest;
import chokepoint.api.designations.v1.ListVersion;
import chokepoint.api.designations.v1.PartyFacts;
import chokepoint.api.designations.v1.ResolvePartyRequest;
import chokepoint.api.party.v1.Party;
import chokepoint.api.party.v1.PartyKind;
import chokepoint.designations.domain.imports.SharedData;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import com.google.protobuf.ByteString;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Imports of the real 2026 Consolidated Screening List over gRPC into PostgreSQL: counts per
 * list as the source states them (shared/data/README.md), idempotence, the refusals that keep
 * a bad file from touching the active version, and matching on what was loaded.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportApiTest {

    static final String CSL_2026 = "lists/csl/consolidated-2026-07-31.csv";

    @GrpcClient("self")
    Channel channel;

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub blocking;

    ImportListResponse importFile(String role, String format, String effectiveOn, boolean force, Map<String, byte[]> parts)
            throws Exception {
        return importFile(role, format, "", effectiveOn, force, parts);
    }

    ImportListResponse importFile(String role, String format, String list, String effectiveOn, boolean force,
                                  Map<String, byte[]> parts) throws Exception {
        CompletableFuture<ImportListResponse> result = new CompletableFuture<>();
        var stub = ClientAuth.withToken(DesignationServiceGrpc.newStub(channel), PostgresResource.token(role, null));
        StreamObserver<ImportListRequest> up = stub.importList(new StreamObserver<>() {
            public void onNext(ImportListResponse r) {
                result.complete(r);
            }

            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            public void onCompleted() {
            }
        });
        up.onNext(ImportListRequest.newBuilder().setHeader(ImportHeader.newBuilder().setFormat(format).setEffectiveOn(effectiveOn)
                .setForce(force).setList(list)).build());
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            byte[] b = p.getValue();
            for (int off = 0; off < b.length; off += 1 << 20) {
                up.onNext(ImportListRequest.newBuilder().setChunk(ImportChunk.newBuilder().setPart(p.getKey())
                        .setData(ByteString.copyFrom(b, off, Math.min(1 << 20, b.length - off)))).build());
            }
        }
        up.onCompleted();
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    int versions(String list) {
        return ClientAuth.withToken(blocking, PostgresResource.token("analyst", null))
                .listListVersions(ListListVersionsRequest.newBuilder().setList(list).setPageSize(1000).build()).getVersionsCount();
    }

    static String firstSdnVersion;

    @Test
    @Order(1)
    void importingThe2026ListCreatesOneVersionPerListWithTheSourceCounts() throws Exception {
        long t0 = System.nanoTime();
        ImportListResponse r = importFile("admin", "CSL_CSV", "2026-07-31", false, Map.of("file", SharedData.bytes(CSL_2026)));
        firstSdnVersion = r.getVersionsList().stream().filter(v -> v.getList().equals("SDN")).findFirst().orElseThrow().getId();
        System.out.printf("import of %s: %d ms%n", CSL_2026, (System.nanoTime() - t0) / 1_000_000);
        Map<String, Integer> added = r.getVersionsList().stream().collect(Collectors.toMap(ListVersion::getList, ListVersion::getAdded));
        // the counts the source states (shared/data/README.md)
        assertThat(added).containsEntry("SDN", 19_181).containsEntry("ENTITY_LIST", 3_420).containsEntry("NS_CMIC", 68)
                .containsEntry("MEU", 70).containsEntry("UVL", 222).containsEntry("DPL", 1_596);
        assertThat(r.getAdded()).isEqualTo(25_921);
        assertThat(r.getRemoved()).isZero();
    }

    @Test
    @Order(2)
    void aNamedEntryRoundTripsWithItsAliasesAndLicensePolicy() {
        var list = ClientAuth.withToken(blocking, PostgresResource.token("provider", "acme")).listDesignations(ListDesignationsRequest
                .newBuilder().setList("ENTITY_LIST").setQuery("Beijing Zhipu Huazhang Technology").setAsOf("2026-08-01").build());
        assertThat(list.getDesignationsList()).hasSize(1);
        var zhipu = list.getDesignations(0);
        assertThat(zhipu.getParty().getName()).isEqualTo("Beijing Zhipu Huazhang Technology Co., Ltd.");
        assertThat(zhipu.getParty().getAliasesList()).contains("Zhipu AI", "Beijing Knowledge Atlas Technology Co., Ltd.");
        assertThat(zhipu.getLicenseReviewPolicy()).isEqualTo(LicenseReviewPolicy.LICENSE_REVIEW_POLICY_PRESUMPTION_OF_DENIAL);
        assertThat(zhipu.getFederalRegisterCitationsList()).contains("90 FR 4617");
        assertThat(zhipu.getEffectiveFrom()).isEqualTo("2026-07-31");
        assertThat(zhipu.getAuthority()).isEqualTo("BIS");
    }

    @Test
    @Order(3)
    void importingTheSameFileAgainChangesNothing() throws Exception {
        int before = versions("SDN");
        ImportListResponse r = importFile("admin", "CSL_CSV", "2026-07-31", false, Map.of("file", SharedData.bytes(CSL_2026)));
        // answered from the first import's receipt: the versions reported are the ones that import created
        assertThat(r.getVersionsList()).anySatisfy(v -> {
            assertThat(v.getList()).isEqualTo("SDN");
            assertThat(v.getId()).isEqualTo(firstSdnVersion);
            assertThat(v.getUnchanged()).isEqualTo(19_181);
        });
        assertThat(r.getAdded()).isZero();
        assertThat(r.getChanged()).isZero();
        assertThat(r.getRemoved()).isZero();
        assertThat(r.getUnchanged()).isGreaterThan(25_000);
        assertThat(versions("SDN")).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aRemovalScheduledByAnAgencyIsNotASnapshotAndSurvivesTheNextImport() throws Exception {
        var ofac = ClientAuth.withToken(blocking, PostgresResource.token("agency-ofac", null));
        var entry = ofac.listDesignations(ListDesignationsRequest.newBuilder().setList("SDN").setQuery("AEROCARIBBEAN AIRLINES")
                .setAsOf("2026-08-01").build()).getDesignations(0);
        assertThat(entry.getSourceRecordId()).as("an entry of the imported file").isNotEmpty();
        ofac.removeDesignation(chokepoint.api.designations.v1.RemoveDesignationRequest.newBuilder()
                .setRequestId(java.util.UUID.randomUUID().toString()).setId(entry.getId())
                .setEffectiveOn("2031-01-01").setReason("delisting scheduled").build());
        // the official file of 2026-07-31 is still the newest snapshot: imported without force, nothing changes,
        // and the scheduled removal stays
        ImportListResponse r = importFile("admin", "CSL_CSV", "2026-07-31", false, Map.of("file", SharedData.bytes(CSL_2026)));
        assertThat(r.getAdded() + r.getChanged() + r.getRemoved()).isZero();
        var later = ofac.getDesignation(chokepoint.api.designations.v1.GetDesignationRequest.newBuilder().setId(entry.getId())
                .setAsOf("2031-02-01").build()).getDesignation();
        assertThat(later.getRemovedOn()).isEqualTo("2031-01-01");
    }

    @Test
    @Order(5)
    void anOlderSnapshotIsRefusedUnlessForced() {
        byte[] sdn = SharedData.bytes("lists/ofac/sdn-2023-12-28.csv");
        byte[] add = SharedData.bytes("lists/ofac/add-2023-12-28.csv");
        byte[] alt = SharedData.bytes("lists/ofac/alt-2023-12-28.csv");
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> importFile("agency-ofac", "OFAC_SDN_CSV", "2023-12-28", false, Map.of("sdn", sdn, "add", add, "alt", alt)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "OLDER_SNAPSHOT");
    }

    @Test
    @Order(6)
    void aTruncatedFileIsRefusedWithItsLineAndTheActiveVersionStays() {
        byte[] whole = SharedData.bytes(CSL_2026);
        String text = new String(whole, StandardCharsets.UTF_8);
        // cut inside a quoted field: an unterminated quote at the end of the file
        int cut = text.indexOf("\"Zhipu AI;") + 5;
        byte[] truncated = Arrays.copyOf(whole, text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length);
        int before = versions("ENTITY_LIST");
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> importFile("admin", "CSL_CSV", "2026-08-15", false, Map.of("file", truncated)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e).get("reason")).isIn("TRUNCATED_FILE", "MALFORMED_CSV");
        assertThat(GrpcErrors.errorInfo(e)).containsKey("line");
        assertThat(versions("ENTITY_LIST")).isEqualTo(before);
    }

    @Test
    @Order(7)
    void aFileThatWouldEmptyMostOfAListIsRefused() {
        String text = new String(SharedData.bytes(CSL_2026), StandardCharsets.UTF_8);
        String head = String.join("\n", Arrays.asList(text.split("\n")).subList(0, 200)) + "\n";
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> importFile("admin", "CSL_CSV", "2026-08-15", false, Map.of("file", head.getBytes(StandardCharsets.UTF_8))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "IMPLAUSIBLE_REMOVAL");
    }

    @Test
    @Order(8)
    void anAgencyCannotImportAFileHoldingAnotherAuthoritysList() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> importFile("agency-bis", "CSL_CSV", "2026-08-15", false, Map.of("file", SharedData.bytes(CSL_2026))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "LIST_NOT_OWNED");
    }

    @Test
    @Order(9)
    void theLoadedListIsMatchedByAliasAndByHanzi() {
        var provider = ClientAuth.withToken(blocking, PostgresResource.token("provider", "acme"));
        PartyFacts byAlias = provider.resolveParty(ResolvePartyRequest.newBuilder().setAsOf("2026-08-01")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("Zhipu AI")).build()).getFacts();
        assertThat(byAlias.getHitsList()).anySatisfy(h -> assertThat(h.getDesignation().getParty().getName())
                .isEqualTo("Beijing Zhipu Huazhang Technology Co., Ltd."));
        PartyFacts byHanzi = provider.resolveParty(ResolvePartyRequest.newBuilder().setAsOf("2026-08-01")
                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("北京智谱华章科技有限公司")).build()).getFacts();
        assertThat(byHanzi.getHitsList()).anySatisfy(h -> assertThat(h.getDesignation().getParty().getName())
                .isEqualTo("Beijing Zhipu Huazhang Technology Co., Ltd."));
        // a date before every list held: nothing to screen against, refused (not "no hit")
        StatusRuntimeException before = catchThrowableOfType(StatusRuntimeException.class, () -> provider.resolveParty(
                ResolvePartyRequest.newBuilder().setAsOf("1900-01-01").setParty(Party.newBuilder().setName("Zhipu AI")).build()));
        assertThat(before.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(before)).containsEntry("reason", "AS_OF_BEFORE_FIRST_LIST").containsEntry("field", "as_of");
        // the day before the file's date, with a list held then: the entry is not found
        ClientAuth.withToken(blocking, PostgresResource.token("agency-ofac", null)).createDesignation(
                chokepoint.api.designations.v1.CreateDesignationRequest.newBuilder().setRequestId(java.util.UUID.randomUUID().toString())
                        .setDesignation(chokepoint.api.designations.v1.Designation.newBuilder().setList("SDN").addPrograms("CYBER2")
                                .setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName("July Anchor Trading"))
                                .setEffectiveFrom("2026-07-01")).build());
        PartyFacts dayBefore = provider.resolveParty(ResolvePartyRequest.newBuilder().setAsOf("2026-07-30")
                .setParty(Party.newBuilder().setName("Zhipu AI")).build()).getFacts();
        assertThat(dayBefore.getHitsList()).noneSatisfy(h -> assertThat(h.getDesignation().getParty().getName())
                .isEqualTo("Beijing Zhipu Huazhang Technology Co., Ltd."));
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    int receipts(String effectiveOn) throws java.sql.SQLException {
        try (var c = db.getConnection(); var q = c.prepareStatement(
                "select count(*) from import_receipt where format = 'CUSTOM_CSV' and effective_on = ?::date")) {
            q.setString(1, effectiveOn);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static Map<String, byte[]> customFile(String... rows) {
        return Map.of("file", ("id,name,kind\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(10)
    void theSameFileAgainIsComparedInFullOnceItsListWasWrittenSince() throws Exception {
        Map<String, byte[]> august = customFile("W-1,Receipt Test Alpha Trading LLC,ORGANIZATION", "W-2,Receipt Test Beta GmbH,ORGANIZATION");
        Map<String, byte[]> july = customFile("W-1,Receipt Test Alpha Trading LLC,ORGANIZATION", "W-3,Receipt Test Gamma Ltd,ORGANIZATION");
        // force that was not needed (a first import) still leaves a receipt
        ImportListResponse first = importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-08-01", true, august);
        assertThat(first.getAdded()).isEqualTo(2);
        assertThat(receipts("2026-08-01")).isEqualTo(1);
        ImportListResponse again = importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-08-01", false, august);
        assertThat(again.getUnchanged()).isEqualTo(2);
        assertThat(again.getAdded() + again.getChanged() + again.getRemoved()).isZero();
        assertThat(again.getVersions(0).getId()).isEqualTo(first.getVersions(0).getId());

        // an older file, forced: W-2 removed, W-3 added as of July
        ImportListResponse forced = importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-07-01", true, july);
        assertThat(forced.getAdded()).isEqualTo(1);
        assertThat(forced.getRemoved()).isEqualTo(1);
        assertThat(receipts("2026-07-01")).as("an import that needed its force leaves no receipt").isZero();
        // a forced import leaves no receipt: the same older file without force is refused as it was before
        StatusRuntimeException older = catchThrowableOfType(StatusRuntimeException.class,
                () -> importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-07-01", false, july));
        assertThat(GrpcErrors.errorInfo(older)).containsEntry("reason", "OLDER_SNAPSHOT");
        // August's receipt no longer applies (the list was written since): compared in full, August's entries come back
        // (forced only because it removes half of this small list)
        ImportListResponse back = importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-08-01", true, august);
        assertThat(back.getAdded()).as("W-2 relisted").isEqualTo(1);
        assertThat(back.getRemoved()).as("W-3 gone again").isEqualTo(1);
        assertThat(back.getUnchanged()).isEqualTo(1);
        // its force was needed for the removal share only: the same file again removes nothing, so its receipt answers
        try (java.sql.Connection c = db.getConnection(); java.sql.PreparedStatement q = c.prepareStatement(
                "select lists from import_receipt where format = 'CUSTOM_CSV' and effective_on = date '2026-08-01'")) {
            try (java.sql.ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).contains(back.getVersions(0).getId());
            }
        }
        ImportListResponse once = importFile("admin", "CUSTOM_CSV", "custom:receipts", "2026-08-01", false, august);
        assertThat(once.getUnchanged()).isEqualTo(2);
        assertThat(once.getVersions(0).getId()).isEqualTo(back.getVersions(0).getId());
    }

    @jakarta.inject.Inject
    chokepoint.designations.application.NameIndexService names;

    /** The live index against one loaded afresh from the committed rows: the same entries, names and dates. */
    void assertIndexEqualsCommitted() throws java.sql.SQLException {
        Map<String, chokepoint.designations.domain.matching.IndexedName> live = names.index().entries().stream()
                .collect(Collectors.toMap(chokepoint.designations.domain.matching.IndexedName::entryKey, n -> n));
        Map<String, chokepoint.designations.domain.matching.IndexedName> committed = names.loadCommitted().stream()
                .collect(Collectors.toMap(chokepoint.designations.domain.matching.IndexedName::entryKey, n -> n));
        assertThat(live.keySet()).isEqualTo(committed.keySet());
        assertThat(live).isEqualTo(committed);
    }

    @Test
    @Order(20)
    void theIndexPreparedDuringAnImportEqualsTheCommittedRevisions() throws Exception {
        // added, then amended (a new name), removed (forced: a third of this small list), relisted, added
        importFile("admin", "CUSTOM_CSV", "custom:prepared", "2026-08-01", false, customFile(
                "P-1,Prepared Alpha Trading LLC,ORGANIZATION", "P-2,Prepared Beta GmbH,ORGANIZATION",
                "P-3,Prepared Gamma Ltd,ORGANIZATION"));
        assertIndexEqualsCommitted();
        ImportListResponse second = importFile("admin", "CUSTOM_CSV", "custom:prepared", "2026-08-15", true, customFile(
                "P-1,Prepared Alpha Trading Company LLC,ORGANIZATION", "P-3,Prepared Gamma Ltd,ORGANIZATION",
                "P-4,Prepared Delta SA,ORGANIZATION"));
        assertThat(second.getAdded()).isEqualTo(1);
        assertThat(second.getChanged()).isEqualTo(1);
        assertThat(second.getRemoved()).isEqualTo(1);
        assertIndexEqualsCommitted();
        ImportListResponse third = importFile("admin", "CUSTOM_CSV", "custom:prepared", "2026-09-01", true, customFile(
                "P-1,Prepared Alpha Trading Company LLC,ORGANIZATION", "P-2,Prepared Beta GmbH,ORGANIZATION",
                "P-4,Prepared Delta SA,ORGANIZATION"));
        assertThat(third.getAdded()).as("P-2 relisted").isEqualTo(1);
        assertThat(third.getRemoved()).isEqualTo(1);
        assertIndexEqualsCommitted();
    }

    PartyFacts screen1260h(String name, String asOf) {
        return ClientAuth.withToken(blocking, PostgresResource.token("provider", "acme")).resolveParty(ResolvePartyRequest.newBuilder()
                .setAsOf(asOf).setParty(Party.newBuilder().setKind(PartyKind.PARTY_KIND_ORGANIZATION).setName(name)).build()).getFacts();
    }

    static boolean on1260h(PartyFacts f, String name) {
        return f.getHitsList().stream().anyMatch(h -> h.getDesignation().getList().equals("SECTION_1260H")
                && h.getDesignation().getParty().getName().equals(name));
    }

    static String version1260h(PartyFacts f) {
        return f.getListsList().stream().filter(l -> l.getList().equals("SECTION_1260H")).map(l -> l.getEffectiveOn())
                .findFirst().orElse("none");
    }

    /**
     * DoD's 1260H file is the list across its editions (shared/data/README.md): each date on which it changed becomes
     * a version as of that date, so a screening as of an earlier date sees the list as it stood then. Dates and
     * companies from the file's rows: AMEC listed 2024-01-31; Megvii listed 2024-01-31, removed 2025-01-07; YMTC
     * listed 2024-01-31, again 2025-01-07, removed 2026-02-17, listed again 2026-06-08.
     */
    @Test
    @Order(25)
    void the1260hHistoryIsImportedAsOneVersionPerEdition() throws Exception {
        assertThat(versions("SECTION_1260H")).isZero();
        ImportListResponse r = importFile("admin", "DOD_1260H_CSV", "2026-06-08", false,
                Map.of("file", SharedData.bytes("lists/dod/section-1260h.csv")));
        assertThat(r.getVersionsList()).extracting(ListVersion::getEffectiveOn)
                .containsExactly("2021-06-03", "2022-10-05", "2024-01-31", "2025-01-07", "2026-02-17", "2026-06-08");
        assertThat(r.getVersionsList()).allSatisfy(v -> assertThat(v.getList()).isEqualTo("SECTION_1260H"));
        // companies on the list on each date, counted from the file's rows (name, listed_on, removed_on; a company's
        // newest row listed by then decides) by a separate script, not by this code
        assertThat(r.getVersions(0).getAdded()).isEqualTo(47);
        assertThat(r.getVersionsList()).extracting(v -> v.getAdded() + v.getChanged() + v.getUnchanged())
                .containsExactly(47, 60, 73, 142, 130, 208);
        assertThat(versions("SECTION_1260H")).isEqualTo(6);

        String amec = "Advanced Micro-Fabrication Equipment Inc. China";
        assertThat(on1260h(screen1260h(amec, "2023-12-31"), amec)).as("before its listing").isFalse();
        assertThat(version1260h(screen1260h(amec, "2023-12-31"))).isEqualTo("2022-10-05");
        assertThat(on1260h(screen1260h(amec, "2024-01-31"), amec)).as("from its listing").isTrue();
        assertThat(version1260h(screen1260h(amec, "2024-06-01"))).isEqualTo("2024-01-31");
        String megvii = "Beijing Megvii Technology Co., Ltd.";
        assertThat(on1260h(screen1260h(megvii, "2024-06-01"), megvii)).isTrue();
        assertThat(on1260h(screen1260h(megvii, "2025-01-07"), megvii)).as("removed 2025-01-07").isFalse();
        assertThat(on1260h(screen1260h(megvii, "2026-11-01"), megvii)).isFalse();
        String ymtc = "Yangtze Memory Technologies Co., Ltd.";
        assertThat(on1260h(screen1260h(ymtc, "2025-06-01"), ymtc)).isTrue();
        assertThat(on1260h(screen1260h(ymtc, "2026-03-01"), ymtc)).as("removed 2026-02-17").isFalse();
        assertThat(on1260h(screen1260h(ymtc, "2026-06-08"), ymtc)).as("listed again 2026-06-08").isTrue();
        assertIndexEqualsCommitted();

        // the same file again, as of a later date: its history is there already, nothing new as of that date
        ImportListResponse later = importFile("admin", "DOD_1260H_CSV", "2026-07-01", false,
                Map.of("file", SharedData.bytes("lists/dod/section-1260h.csv")));
        assertThat(later.getAdded() + later.getChanged() + later.getRemoved()).isZero();
        assertThat(later.getVersionsList()).extracting(ListVersion::getEffectiveOn).containsExactly("2026-06-08");
        assertThat(versions("SECTION_1260H")).isEqualTo(6);
    }

    @Test
    @Order(26)
    void a1260hFileAsOfADateBeforeItsFirstEditionIsRefused() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> importFile("admin", "DOD_1260H_CSV",
                "2020-01-01", true, Map.of("file", SharedData.bytes("lists/dod/section-1260h.csv"))));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "NOTHING_IN_FORCE");
    }

    /**
     * Two imports of the same file into a list that does not exist yet, at once (two operators, or a retry while
     * the first is still running): both define the list. The second waits for the first and then finds every entry
     * unchanged, or is refused with a reason; it never fails as an internal error, and the list holds each entry
     * once. (Before, the second failed with a duplicate key on the list's definition: INTERNAL.)
     */
    @Test
    @Order(30)
    void twoImportsOfTheSameNewListAtOnceLeaveEachEntryOnce() throws Exception {
        String[] rows = new String[3000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "C-" + i + ",Concurrent Import Test Trading " + i + " LLC,ORGANIZATION";
        }
        Map<String, byte[]> file = customFile(rows);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.List<java.util.concurrent.Future<ImportListResponse>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return importFile("admin", "CUSTOM_CSV", "custom:concurrent", "2026-09-01", false, file);
            }));
        }
        go.countDown();
        int added = 0;
        int succeeded = 0;
        for (java.util.concurrent.Future<ImportListResponse> run : runs) {
            try {
                ImportListResponse r = run.get(5, TimeUnit.MINUTES);
                succeeded++;
                added += r.getAdded();
                assertThat(r.getAdded() + r.getUnchanged()).isEqualTo(rows.length);
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StatusRuntimeException.class);
                StatusRuntimeException sre = (StatusRuntimeException) e.getCause();
                assertThat(sre.getStatus().getCode()).as(sre.getStatus().toString())
                        .isIn(Status.Code.ABORTED, Status.Code.FAILED_PRECONDITION);
                assertThat(GrpcErrors.errorInfo(sre)).containsKey("reason");
            }
        }
        pool.shutdown();
        assertThat(succeeded).isGreaterThanOrEqualTo(1);
        assertThat(added).as("each entry added by one of the two").isEqualTo(rows.length);
        java.util.Set<String> names = new java.util.HashSet<>();
        int entries = 0;
        String token = "";
        do {
            var page = ClientAuth.withToken(blocking, PostgresResource.token("analyst", null)).listDesignations(
                    ListDesignationsRequest.newBuilder().setList("custom:concurrent").setPageSize(1000).setPageToken(token).build());
            for (var d : page.getDesignationsList()) {
                names.add(d.getParty().getName());
                entries++;
            }
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(entries).as("each entry once").isEqualTo(rows.length);
        assertThat(names).hasSize(rows.length);
    }
}
