package chokepoint.designations.sources;

import chokepoint.api.designations.v1.DesignationServiceGrpc;
import chokepoint.api.designations.v1.ListDesignationsRequest;
import chokepoint.api.designations.v1.ListDesignationsResponse;
import chokepoint.api.designations.v1.ListListVersionsRequest;
import chokepoint.api.designations.v1.ListSource;
import chokepoint.api.designations.v1.ListSourcesRequest;
import chokepoint.api.designations.v1.ListSourcesResponse;
import chokepoint.api.designations.v1.ListVersion;
import chokepoint.api.designations.v1.RefreshSourceRequest;
import chokepoint.api.designations.v1.RefreshSourceResponse;
import chokepoint.api.designations.v1.SourceOutcome;
import chokepoint.designations.application.SourceRefresher;
import chokepoint.designations.application.SourceScheduler;
import chokepoint.designations.domain.imports.SharedData;
import chokepoint.designations.domain.sources.HttpDates;
import chokepoint.platform.ClientAuth;
import chokepoint.platform.GrpcErrors;
import chokepoint.testing.PostgresResource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Sources that update themselves, against a real HTTP server on loopback serving the shared
 * list files (and cuts of them), with PostgreSQL: first fetch imports, a conditional request
 * answered 304 changes nothing, changed content makes a new version, a transfer cut short is
 * retried and then fails without touching the active version, 503 is retried with backoff, a
 * file removing more than 10% is refused and remembered until an operator confirms it, a
 * multi-part OFAC set with one broken part imports nothing, a stalled download times out, a
 * watched directory is imported when its file changes.
 *
 * <p>Fixtures are cut at run time from shared/data/lists/csl/consolidated-2026-07-31.csv: rows
 * of one CSL source (Entity List, Unverified List, Military End User List) with distinct names,
 * so the entries a file holds are simply its rows. Nothing is copied into the repository.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(value = LoopbackSourcesResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourceRefreshTest {

    static final String CSL_2026 = "lists/csl/consolidated-2026-07-31.csv";
    static final String EL = "Entity List (EL) - Bureau of Industry and Security";
    static final String UVL = "Unverified List (UVL) - Bureau of Industry and Security";
    static final String MEU = "Military End User (MEU) List - Bureau of Industry and Security";
    static final String SDN = "Specially Designated Nationals (SDN) - Treasury Department";

    static List<String> header;
    static Map<String, List<CSVRecord>> bySource;

    @GrpcClient("self")
    DesignationServiceGrpc.DesignationServiceBlockingStub raw;

    @Inject
    SourceRefresher refresher;

    @Inject
    SourceScheduler scheduler;

    final Loopback server = new Loopback(ConfigProvider.getConfig().getValue("chokepoint.test.loopback-port", Integer.class));

    // ---- fixtures ---------------------------------------------------------------------------

    static synchronized List<CSVRecord> rows(String source) {
        if (bySource == null) {
            try (CSVParser p = CSVParser.parse(new StringReader(new String(SharedData.bytes(CSL_2026), StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
                header = p.getHeaderNames();
                Map<String, List<CSVRecord>> m = new java.util.HashMap<>();
                Map<String, Set<String>> names = new java.util.HashMap<>();
                for (CSVRecord r : p) {
                    String name = r.get("name").strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
                    if (names.computeIfAbsent(r.get("source"), k -> new HashSet<>()).add(name)) {
                        m.computeIfAbsent(r.get("source"), k -> new ArrayList<>()).add(r);
                    }
                }
                bySource = m;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bySource.get(source);
    }

    /** A CSL CSV of the official header and the given rows. */
    static byte[] csl(List<CSVRecord> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            out.printRecord(header);
            for (CSVRecord r : rows) {
                out.printRecord(r.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
        List<CSVRecord> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Entity List rows 0-399 (v1); v2 drops 397-399 and adds 400-409; v3 adds 410. */
    static List<CSVRecord> el(int from, int to) {
        return rows(EL).subList(from, to);
    }

    static List<CSVRecord> elV2() {
        return concat(el(0, 397), el(400, 410));
    }

    static List<CSVRecord> elV3() {
        return concat(elV2(), el(410, 411));
    }

    /** Last-Modified dates, days before today (the files' "as of" dates go forward as they change). */
    static Instant daysAgo(int days) {
        return LocalDate.now(ZoneOffset.UTC).minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    // ---- calls ------------------------------------------------------------------------------

    DesignationServiceGrpc.DesignationServiceBlockingStub as(String role) {
        return ClientAuth.withToken(raw, PostgresResource.token(role));
    }

    RefreshSourceResponse refresh(String role, String name, boolean force) {
        return as(role).refreshSource(RefreshSourceRequest.newBuilder().setName(name).setForce(force).build());
    }

    StatusRuntimeException refusal(String role, String name, boolean force) {
        return catchThrowableOfType(StatusRuntimeException.class, () -> refresh(role, name, force));
    }

    ListSource source(String name) {
        return as("admin").listSources(ListSourcesRequest.newBuilder().setPageSize(100).build()).getSourcesList().stream()
                .filter(s -> s.getName().equals(name)).findFirst().orElseThrow();
    }

    int versions(String list) {
        return as("analyst").listListVersions(ListListVersionsRequest.newBuilder().setList(list).setPageSize(1000).build())
                .getVersionsCount();
    }

    /** Designations of the list in force today. */
    int active(String list) {
        int n = 0;
        String token = "";
        do {
            ListDesignationsResponse r = as("analyst").listDesignations(ListDesignationsRequest.newBuilder().setList(list)
                    .setPageSize(1000).setPageToken(token).build());
            n += r.getDesignationsCount();
            token = r.getNextPageToken();
        } while (!token.isEmpty());
        return n;
    }

    static ListVersion only(RefreshSourceResponse r, String list) {
        return r.getVersionsList().stream().filter(v -> v.getList().equals(list)).findFirst().orElseThrow();
    }

    // ---- the CSL source ---------------------------------------------------------------------

    @Test
    @Order(1)
    void theFirstFetchImportsTheFileAndOnlyTheListsTheSourceFeeds() {
        // 400 Entity List rows and 5 SDN rows: the csl source leaves SDN to the ofac-sdn source
        byte[] v1 = csl(concat(el(0, 400), rows(SDN).subList(0, 5)));
        server.serve("consolidated.csv", v1, "\"el-v1\"", HttpDates.format(daysAgo(30)));

        RefreshSourceResponse r = refresh("admin", "csl", false);

        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(only(r, "ENTITY_LIST").getAdded()).isEqualTo(400);
        assertThat(r.getVersionsList()).extracting(ListVersion::getList).containsExactly("ENTITY_LIST");
        assertThat(versions("SDN")).isZero();
        assertThat(active("ENTITY_LIST")).isEqualTo(400);
        ListSource s = r.getSource();
        assertThat(s.getLastOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(s.getEffectiveOn()).isEqualTo(LocalDate.ofInstant(daysAgo(30), ZoneOffset.UTC).toString());
        assertThat(s.getParts(0).getEtag()).isEqualTo("\"el-v1\"");
        assertThat(s.getParts(0).getSizeBytes()).isEqualTo(v1.length);
        assertThat(s.getChecksum()).hasSize(64);
        assertThat(s.getExcludedListsList()).containsExactly("SDN");
        assertThat(s.getNextAttemptTime().getSeconds()).isGreaterThan(Instant.now().plus(5, ChronoUnit.HOURS).getEpochSecond());
    }

    @Test
    @Order(2)
    void theNextFetchIsConditionalAndA304ChangesNothing() {
        server.takeLog("consolidated.csv");
        int before = versions("ENTITY_LIST");

        RefreshSourceResponse r = refresh("admin", "csl", false);

        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_NOT_MODIFIED);
        List<Loopback.Seen> seen = server.takeLog("consolidated.csv");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).ifNoneMatch()).isEqualTo("\"el-v1\"");
        assertThat(seen.get(0).ifModifiedSince()).isEqualTo(HttpDates.format(daysAgo(30)));
        assertThat(seen.get(0).status()).isEqualTo("304");
        assertThat(versions("ENTITY_LIST")).isEqualTo(before);
        assertThat(r.getSource().getConsecutiveFailures()).isZero();
    }

    @Test
    @Order(3)
    void changedContentMakesANewVersionWithTheDifference() {
        int before = versions("ENTITY_LIST");
        server.serve("consolidated.csv", csl(elV2()), "\"el-v2\"", HttpDates.format(daysAgo(29)));

        RefreshSourceResponse r = refresh("admin", "csl", false);

        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        ListVersion v = only(r, "ENTITY_LIST");
        assertThat(v.getAdded()).isEqualTo(10);
        assertThat(v.getRemoved()).isEqualTo(3);
        assertThat(v.getUnchanged()).isEqualTo(397);
        assertThat(v.getEffectiveOn()).isEqualTo(LocalDate.ofInstant(daysAgo(29), ZoneOffset.UTC).toString());
        assertThat(versions("ENTITY_LIST")).isEqualTo(before + 1);
        assertThat(active("ENTITY_LIST")).isEqualTo(407);
    }

    @Test
    @Order(4)
    void aTransferCutShortIsRetriedThenFailsAndTheActiveVersionStaysWhole() {
        int before = versions("ENTITY_LIST");
        server.serve("consolidated.csv", csl(elV3()), "\"el-v3\"", HttpDates.format(daysAgo(28)));
        server.script("consolidated.csv", "truncate", "truncate", "truncate");
        server.takeLog("consolidated.csv");

        StatusRuntimeException e = refusal("admin", "csl", false);

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "SOURCE_DOWNLOAD_FAILED")
                .containsEntry("cause", "TRUNCATED_DOWNLOAD").containsEntry("source", "csl");
        List<Loopback.Seen> seen = server.takeLog("consolidated.csv");
        assertThat(seen).hasSize(3).allSatisfy(s -> assertThat(s.status()).isEqualTo("200 truncate"));
        assertThat(versions("ENTITY_LIST")).isEqualTo(before);
        assertThat(active("ENTITY_LIST")).isEqualTo(407);
        ListSource s = source("csl");
        assertThat(s.getLastOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_FAILED);
        assertThat(s.getLastReason()).isEqualTo("TRUNCATED_DOWNLOAD");
        assertThat(s.getConsecutiveFailures()).isEqualTo(1);
        assertThat(s.getParts(0).getEtag()).as("validators of the failed download are not kept").isEqualTo("\"el-v2\"");
        // a failed source is due again soon (failure-retry is 1 s in this test), not after the 6 h interval
        assertThat(s.getNextAttemptTime().getSeconds()).isLessThan(Instant.now().plus(1, ChronoUnit.MINUTES).getEpochSecond());

        // the next refresh gets the whole file
        RefreshSourceResponse r = refresh("admin", "csl", false);
        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(only(r, "ENTITY_LIST").getAdded()).isEqualTo(1);
        assertThat(r.getSource().getConsecutiveFailures()).isZero();
        assertThat(active("ENTITY_LIST")).isEqualTo(408);
    }

    @Test
    @Order(5)
    void aFileRemovingMoreThanTenPercentIsRefusedRememberedAndImportedOnlyWhenConfirmed() {
        int before = versions("ENTITY_LIST");
        server.serve("consolidated.csv", csl(elV3().subList(0, 200)), "\"el-v4\"", HttpDates.format(daysAgo(27)));

        StatusRuntimeException e = refusal("admin", "csl", false);

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "IMPLAUSIBLE_REMOVAL").containsEntry("awaitingConfirmation", "true");
        assertThat(versions("ENTITY_LIST")).isEqualTo(before);
        assertThat(active("ENTITY_LIST")).isEqualTo(408);
        ListSource s = source("csl");
        assertThat(s.getLastOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_REFUSED);
        assertThat(s.getAwaitingConfirmation()).isTrue();
        assertThat(s.getRefusedChecksum()).hasSize(64).isNotEqualTo(s.getChecksum());

        // not retried at every tick: the scheduler finds it due only after the normal interval
        assertThat(refresher.due(Instant.now())).doesNotContain("csl");
        assertThat(refresher.due(Instant.now().plus(6, ChronoUnit.HOURS).plusSeconds(60))).contains("csl");
        // asked again without confirmation: a conditional request (304), still refused, nothing imported
        server.takeLog("consolidated.csv");
        StatusRuntimeException again = refusal("admin", "csl", false);
        assertThat(GrpcErrors.errorInfo(again)).containsEntry("reason", "IMPLAUSIBLE_REMOVAL");
        assertThat(server.takeLog("consolidated.csv")).singleElement()
                .satisfies(seen -> assertThat(seen.ifNoneMatch()).isEqualTo("\"el-v4\""))
                .satisfies(seen -> assertThat(seen.status()).isEqualTo("304"));
        assertThat(versions("ENTITY_LIST")).isEqualTo(before);

        // an agency that does not own the Entity List cannot confirm it
        StatusRuntimeException ofac = refusal("agency-ofac", "csl", true);
        assertThat(ofac.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(GrpcErrors.errorInfo(ofac)).containsEntry("reason", "LIST_NOT_OWNED");

        // the operator confirms: downloaded whole again and imported
        RefreshSourceResponse confirmed = refresh("admin", "csl", true);
        assertThat(confirmed.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(only(confirmed, "ENTITY_LIST").getRemoved()).isEqualTo(208);
        assertThat(confirmed.getSource().getAwaitingConfirmation()).isFalse();
        assertThat(active("ENTITY_LIST")).isEqualTo(200);
    }

    // ---- retries, multi-part sets, stalls ---------------------------------------------------

    @Test
    @Order(6)
    void a503IsRetriedWithBackoffAndRetryAfterIsHonoured() {
        List<CSVRecord> uvl = rows(UVL);
        server.serve("uvl.csv", csl(uvl), "\"uvl-1\"", HttpDates.format(daysAgo(10)));
        server.script("uvl.csv", "503", "503 retry-after=1");
        server.takeLog("uvl.csv");

        RefreshSourceResponse r = refresh("admin", "uvl", false);

        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(only(r, "UVL").getAdded()).isEqualTo(uvl.size());
        List<Loopback.Seen> seen = server.takeLog("uvl.csv");
        assertThat(seen).extracting(Loopback.Seen::status).containsExactly("503", "503", "200 ok");
        // first wait: backoff of 50 ms with half of it jittered; second: the server's Retry-After of 1 s
        assertThat(seen.get(1).at() - seen.get(0).at()).isGreaterThanOrEqualTo(25);
        assertThat(seen.get(2).at() - seen.get(1).at()).isGreaterThanOrEqualTo(1000);
        assertThat(active("UVL")).isEqualTo(uvl.size());
    }

    @Test
    @Order(7)
    void anOfacSetWithOneBrokenPartImportsNothingAndTheWholeSetImportsLater() {
        server.serve("SDN.CSV", SharedData.bytes("lists/ofac/sdn-2023-12-28.csv"), "\"sdn-1\"", HttpDates.format(daysAgo(40)));
        server.serve("ADD.CSV", SharedData.bytes("lists/ofac/add-2023-12-28.csv"), "\"add-1\"", HttpDates.format(daysAgo(40)));
        server.serve("ALT.CSV", SharedData.bytes("lists/ofac/alt-2023-12-28.csv"), "\"alt-1\"", HttpDates.format(daysAgo(40)));
        // the 2023 SDN set in shared data has no comments file; the consolidated set's has the same layout
        // (its rows join no SDN entry and are ignored with a warning)
        server.serve("SDN_COMMENTS.CSV", SharedData.bytes("lists/ofac/cons_comments-2025-12-19.csv"), "\"com-1\"",
                HttpDates.format(daysAgo(40)));
        server.script("ALT.CSV", "truncate", "truncate", "truncate");

        StatusRuntimeException e = refusal("agency-ofac", "ofac-sdn", false);

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "SOURCE_DOWNLOAD_FAILED").containsEntry("part", "alt");
        assertThat(versions("SDN")).isZero();
        assertThat(server.takeLog("ALT.CSV")).hasSize(3);

        RefreshSourceResponse r = refresh("agency-ofac", "ofac-sdn", false);
        assertThat(r.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(only(r, "SDN").getAdded()).isEqualTo(13_821); // shared/data/README.md: 13,821 primary rows
        assertThat(r.getSource().getPartsList()).extracting(p -> p.getPart() + "=" + p.getEtag())
                .containsExactly("add=\"add-1\"", "alt=\"alt-1\"", "comments=\"com-1\"", "sdn=\"sdn-1\"");

        // BIS does not own the SDN list this source feeds
        StatusRuntimeException bis = refusal("agency-bis", "ofac-sdn", false);
        assertThat(bis.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(GrpcErrors.errorInfo(bis)).containsEntry("reason", "LIST_NOT_OWNED");
    }

    @Test
    @Order(8)
    void aDownloadThatStallsTimesOutAndImportsNothing() {
        server.serve("meu.csv", csl(rows(MEU)), "\"meu-1\"", HttpDates.format(daysAgo(10)));
        server.script("meu.csv", "stall", "stall", "stall");

        StatusRuntimeException e = refusal("admin", "meu", false);

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("cause", "READ_TIMEOUT");
        assertThat(versions("MEU")).isZero();
    }

    // ---- a watched directory ----------------------------------------------------------------

    @Test
    @Order(9)
    void aWatchedDirectoryIsImportedWhenItsFileChanges() throws Exception {
        Path dir = Path.of(ConfigProvider.getConfig().getValue("chokepoint.test.drop-dir", String.class));
        Path file = dir.resolve("section-1260h.csv");
        String text = new String(SharedData.bytes("lists/dod/section-1260h.csv"), StandardCharsets.UTF_8);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(daysAgo(3)));

        RefreshSourceResponse first = refresh("admin", "drop", false);
        assertThat(first.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        // the file is the list across its editions: one version per edition, the newest as of 2026-06-08 (the file as
        // of its modification date, three days ago, says nothing newer)
        assertThat(first.getVersionsList()).filteredOn(v -> v.getList().equals("SECTION_1260H")).extracting(ListVersion::getEffectiveOn)
                .containsExactly("2021-06-03", "2022-10-05", "2024-01-31", "2025-01-07", "2026-02-17", "2026-06-08");
        int before = versions("SECTION_1260H");
        assertThat(before).isEqualTo(6);

        assertThat(refresh("admin", "drop", false).getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_NOT_MODIFIED);

        // one company gets another alias
        assertThat(text).contains("360 Security Technology Inc.,Qihoo 360,");
        Files.writeString(file, text.replace("360 Security Technology Inc.,Qihoo 360,", "360 Security Technology Inc.,Qihoo 360;360 Group,"));
        Files.setLastModifiedTime(file, FileTime.from(daysAgo(2)));
        RefreshSourceResponse second = refresh("admin", "drop", false);
        assertThat(second.getOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        ListVersion v = only(second, "SECTION_1260H");
        assertThat(second.getVersionsList()).as("its history is there already").hasSize(1);
        assertThat(v.getEffectiveOn()).isEqualTo(LocalDate.ofInstant(daysAgo(2), ZoneOffset.UTC).toString());
        assertThat(v.getChanged()).isEqualTo(1);
        assertThat(v.getAdded()).isZero();
        assertThat(v.getRemoved()).isZero();
        assertThat(versions("SECTION_1260H")).isEqualTo(before + 1);

        // a file still being written (modified just now) is not taken
        Files.writeString(file, text);
        StatusRuntimeException e = refusal("admin", "drop", false);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("cause", "FILE_BEING_WRITTEN");
        assertThat(versions("SECTION_1260H")).isEqualTo(before + 1);
    }

    // ---- the API around it ------------------------------------------------------------------

    @Test
    @Order(10)
    void sourcesAreListedPageByPageWithTheirStateAndAMisconfiguredOneSaysWhy() {
        ListSourcesResponse page1 = as("agency-ofac").listSources(ListSourcesRequest.newBuilder().setPageSize(4).build());
        ListSourcesResponse page2 = as("agency-ofac").listSources(ListSourcesRequest.newBuilder().setPageSize(4)
                .setPageToken(page1.getNextPageToken()).build());
        List<String> names = new ArrayList<>(page1.getSourcesList().stream().map(ListSource::getName).toList());
        names.addAll(page2.getSourcesList().stream().map(ListSource::getName).toList());
        assertThat(names).containsExactly("broken", "csl", "drop", "meu", "ofac-sdn", "uvl");
        assertThat(page2.getNextPageToken()).isEmpty();

        ListSource broken = page1.getSources(0);
        assertThat(broken.getEnabled()).isFalse();
        assertThat(broken.getLastReason()).isEqualTo("SOURCE_MISCONFIGURED");
        assertThat(broken.getLastMessage()).contains("format 'XLSX'").contains("not an http(s) URL");
        StatusRuntimeException e = refusal("admin", "broken", false);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.errorInfo(e)).containsEntry("reason", "SOURCE_MISCONFIGURED");

        ListSource meu = source("meu");
        assertThat(meu.getLastOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_FAILED);
        assertThat(meu.getLastReason()).isEqualTo("READ_TIMEOUT");
        assertThat(meu.getConsecutiveFailures()).isEqualTo(1);
    }

    @Test
    @Order(11)
    void callersNeedARoleAndAKnownSource() {
        StatusRuntimeException provider = refusal("provider", "csl", false);
        assertThat(provider.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        StatusRuntimeException listing = catchThrowableOfType(StatusRuntimeException.class,
                () -> as("provider").listSources(ListSourcesRequest.getDefaultInstance()));
        assertThat(listing.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        StatusRuntimeException unknown = refusal("admin", "no-such-source", false);
        assertThat(unknown.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(GrpcErrors.errorInfo(unknown)).containsEntry("reason", "SOURCE_NOT_FOUND");
        StatusRuntimeException blank = refusal("admin", " ", false);
        assertThat(blank.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    @Order(12)
    void theReadinessCheckIsUpAndCarriesEachSourcesState() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
        var check = java.util.stream.StreamSupport.stream(json.get("checks").spliterator(), false)
                .filter(c -> c.get("name").asText().equals("list-sources")).findFirst().orElseThrow();
        assertThat(check.get("status").asText()).isEqualTo("UP");
        assertThat(check.get("data").get("meu").asText()).startsWith("FAILED READ_TIMEOUT, 1 failure(s) in a row");
        assertThat(check.get("data").get("csl").asText()).startsWith("IMPORTED");
        assertThat(check.get("data").get("broken").asText()).startsWith("MISCONFIGURED");
        assertThat(check.get("data").get("drop").asText()).startsWith("FAILED FILE_BEING_WRITTEN");
        // meu (stalled), drop (file being written), broken (misconfigured)
        assertThat(check.get("data").get("failing").asInt()).isEqualTo(3);
        Set<String> names = new HashSet<>();
        check.get("data").fieldNames().forEachRemaining(names::add);
        assertThat(names.stream().filter(n -> !n.equals("failing") && !n.equals("awaitingConfirmation")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("broken", "csl", "drop", "meu", "ofac-sdn", "uvl");
    }

    @Test
    @Order(13)
    void theSchedulerRetriesAFailedSourceSoonAndLeavesTheOthersToTheirInterval() throws Exception {
        server.script("meu.csv"); // the server is well again
        Thread.sleep(1100); // failure-retry is 1 s in this test
        List<String> ran = scheduler.runDue();
        assertThat(ran).contains("meu").doesNotContain("csl", "uvl", "ofac-sdn", "broken");
        ListSource meu = source("meu");
        assertThat(meu.getLastOutcome()).isEqualTo(SourceOutcome.SOURCE_OUTCOME_IMPORTED);
        assertThat(meu.getConsecutiveFailures()).isZero();
        assertThat(active("MEU")).isEqualTo(rows(MEU).size());
    }
}
