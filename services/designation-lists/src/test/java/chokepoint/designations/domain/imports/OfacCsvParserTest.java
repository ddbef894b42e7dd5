package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfacCsvParserTest {

    static ParsedList trio;

    @BeforeAll
    static void parseTrio() throws Exception {
        trio = ListParsers.parse(ImportFormat.OFAC_SDN_CSV, Map.of(
                "sdn", SharedData.bytes("lists/ofac/sdn-2023-12-28.csv"),
                "add", SharedData.bytes("lists/ofac/add-2023-12-28.csv"),
                "alt", SharedData.bytes("lists/ofac/alt-2023-12-28.csv")), null);
    }

    @Test
    void trioOf2023HasAllPrimaryEntriesAsSdnAndEveryJoin() {
        // README: 13,821 primary rows, every ent_num joins
        assertThat(trio.records()).hasSize(13_821);
        assertThat(trio.countsByList()).containsOnly(Map.entry("SDN", 13_821));
        assertThat(trio.warnings()).noneMatch(w -> w.contains("refer to an ent_num"));
    }

    @Test
    void personMzoudiMatchesHisRawSdnAddAndAltLines() {
        // sdn:  7842,"MZOUDI, Abdelghani","individual","SDGT",... "DOB 06 Dec 1972; POB Marrakech, Morocco;
        //       citizen Morocco; Passport M271392 (Morocco) issued 04 Dec 2000; alt. Passport F 879567 (Morocco)
        //       issued 29 Apr 1992; Moroccan Personal ID No. E 427689 (Morocco) issued 20 Mar 2001."
        // add:  7842,6759,"Op de Wisch 15","Hamburg 21149","Germany",-0-
        //       7842,6760,"Marienstrasse 54","Hamburg","Germany",-0-
        // alt:  7842,5641,"aka","MAZWATI, Abdelghani",-0- / 7842,5642,"aka","MAZUTI, Abdelghani",-0-
        ListRecord r = trio.records().stream().filter(x -> x.sourceRecordId().equals("7842")).findFirst().orElseThrow();
        assertThat(r.name()).isEqualTo("MZOUDI, Abdelghani");
        assertThat(r.kind()).isEqualTo(PartyKind.PERSON);
        assertThat(r.programs()).containsExactly("SDGT");
        assertThat(r.addresses()).containsExactly(
                new Address("Op de Wisch 15", "Hamburg 21149", null, null, "DE"),
                new Address("Marienstrasse 54", "Hamburg", null, null, "DE"));
        assertThat(r.aliases()).containsExactly(
                new Alias("MAZWATI, Abdelghani", false, "Latn"), new Alias("MAZUTI, Abdelghani", false, "Latn"));
        assertThat(r.identifiers()).containsExactlyInAnyOrder(
                new Identifier("PASSPORT", "M271392", "MA"), new Identifier("PASSPORT", "F 879567", "MA"));
        assertThat(r.countries()).containsExactlyInAnyOrder("DE", "MA");
        assertThat(r.remarks()).startsWith("DOB 06 Dec 1972; POB Marrakech, Morocco;");
    }

    @Test
    void weakAkaInRemarksBecomesWeakAliasAndLinkedToStaysInRemarks() {
        ListRecord bnc = trio.records().stream().filter(x -> x.sourceRecordId().equals("306")).findFirst().orElseThrow();
        // 306,"BANCO NACIONAL DE CUBA",...,"a.k.a. 'BNC'."  alt: 306,220,"aka","NATIONAL BANK OF CUBA"
        assertThat(bnc.aliases()).containsExactlyInAnyOrder(
                new Alias("NATIONAL BANK OF CUBA", false, "Latn"), new Alias("BNC", true, "Latn"));
        assertThat(trio.records()).filteredOn(x -> x.remarks() != null && x.remarks().contains("Linked To:"))
                .isNotEmpty();
    }

    @Test
    void sdn2024AloneHasAllEntriesAndExtractsUsccFromRemarks() throws Exception {
        byte[] bytes = SharedData.bytes("lists/ofac/sdn-2024-07-02.csv");
        ParsedList p = ListParsers.parse(ImportFormat.OFAC_SDN_CSV, Map.of("sdn", bytes), null);
        assertThat(p.records()).hasSize(15_443); // README
        // 22685,"RAYBEAM OPTRONICS CO. LTD.",... "Unified Social Credit Code (USCC) 9113100033607322XK (China);
        //   Registration Number 131082000061293 (China); Website www.raybeam.cn; Linked To: ..."
        ListRecord r = p.records().stream().filter(x -> x.sourceRecordId().equals("22685")).findFirst().orElseThrow();
        assertThat(r.kind()).isEqualTo(PartyKind.ORGANIZATION);
        assertThat(r.programs()).containsExactly("NPWMD", "IFSR");
        assertThat(r.identifiers()).contains(new Identifier("USCC", "9113100033607322XK", "CN"),
                new Identifier("REGISTRATION", "131082000061293", "CN"), new Identifier("WEBSITE", "www.raybeam.cn", null));
        assertThat(r.remarks()).contains("Linked To:");
    }

    @Test
    void consolidatedSetSplitsIntoListsByProgramWithCommentsAppended() throws Exception {
        ParsedList p = ListParsers.parse(ImportFormat.OFAC_CONS_CSV, Map.of(
                "prim", SharedData.bytes("lists/ofac/cons_prim-2025-12-19.csv"),
                "add", SharedData.bytes("lists/ofac/cons_add-2025-12-19.csv"),
                "alt", SharedData.bytes("lists/ofac/cons_alt-2025-12-19.csv"),
                "comments", SharedData.bytes("lists/ofac/cons_comments-2025-12-19.csv")), null);
        String prim = new String(SharedData.bytes("lists/ofac/cons_prim-2025-12-19.csv"), StandardCharsets.UTF_8);
        // independent counts: physical lines that start a record (start with a digit), and lines with each tag
        long rows = prim.lines().filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0))).count();
        long cmic = prim.lines().filter(l -> l.contains("CMIC-EO13959")).count();
        long ukraine = prim.lines().filter(l -> l.contains("\"UKRAINE-EO13662")).count();
        assertThat(rows).isEqualTo(442); // README says 443: it counts the trailing 0x1A as a line
        assertThat(cmic).isEqualTo(68);   // README: 68 NS-CMIC
        assertThat(p.records()).hasSize((int) rows);
        assertThat(p.count(ListIds.NS_CMIC)).isEqualTo(cmic);
        assertThat(p.count(ListIds.SSI)).isEqualTo(ukraine);
        assertThat(p.lists()).doesNotContain(ListIds.SDN);
        // cons_comments 17014 continues the 1000-char remark: "...Registration Numbe" + "r 1027700342890 (Russia); ..."
        ListRecord rusag = p.records().stream().filter(x -> x.sourceRecordId().equals("17014")).findFirst().orElseThrow();
        assertThat(rusag.remarks()).contains("Registration Number 1027700342890 (Russia)");
        assertThat(rusag.identifiers()).contains(new Identifier("REGISTRATION", "1027700342890", "RU"));
        assertThat(rusag.aliases()).contains(new Alias("RUSAG", true, "Latn"));
    }

    @Test
    void ofacRowWithWrongColumnCountIsRejectedWithItsLine() {
        String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\",-0- ,-0- \r\n";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_SDN_CSV, Map.of("sdn", Fixtures.utf8(sdn)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_COLUMNS);
                    assertThat(e.part()).isEqualTo("sdn");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void ofacRowWithoutNameIsMissingNameAfterMultiLineRemarks() {
        String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"line one\r\nline two\"\r\n"
                + "173,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001a";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_SDN_CSV, Map.of("sdn", Fixtures.utf8(sdn)), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_NAME);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void multiLineQuotedRemarksAndTrailingEofByteAreAccepted() throws Exception {
        String sdn = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"line one\r\nline two\"\r\n\u001a";
        ParsedList p = ListParsers.parse(ImportFormat.OFAC_SDN_CSV, Map.of("sdn", Fixtures.utf8(sdn)), null);
        assertThat(p.records().get(0).remarks()).isEqualTo("line one\r\nline two");
    }

    @Test
    void trioParseTime() throws Exception {
        Map<String, byte[]> parts = Map.of(
                "sdn", SharedData.bytes("lists/ofac/sdn-2023-12-28.csv"),
                "add", SharedData.bytes("lists/ofac/add-2023-12-28.csv"),
                "alt", SharedData.bytes("lists/ofac/alt-2023-12-28.csv"));
        for (int i = 0; i < 5; i++) {
            ListParsers.parse(ImportFormat.OFAC_SDN_CSV, parts, null);
        }
        long ms = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ListParsers.parse(ImportFormat.OFAC_SDN_CSV, parts, null);
            ms = Math.min(ms, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("[timing] OFAC SDN trio 2023-12-28 (5.6 MB): %d ms%n", ms);
        assertThat(ms).isLessThan(2500); // loose: shared 2-core build box, see the printed number
    }
}
