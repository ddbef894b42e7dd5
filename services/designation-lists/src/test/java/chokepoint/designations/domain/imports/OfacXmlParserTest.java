package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfacXmlParserTest {

    static final String XML = "lists/ofac/consolidated-non-sdn-2023-03-08.xml";
    static ParsedList cons;
    static String raw;

    @BeforeAll
    static void parse() throws Exception {
        cons = ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(SharedData.bytes(XML)), null);
        raw = new String(SharedData.bytes(XML), StandardCharsets.UTF_8);
    }

    private static int occurrences(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void consolidatedXmlHasEveryEntryAndIsSplitByProgram() {
        // README and the file's own <Record_Count>: 445; CMIC entries counted as <program>CMIC-EO13959</program> text
        assertThat(raw).contains("<Record_Count>445</Record_Count>");
        assertThat(cons.records()).hasSize(445);
        assertThat(cons.count(ListIds.NS_CMIC)).isEqualTo(occurrences(raw, "<program>CMIC-EO13959</program>"));
        assertThat(cons.count(ListIds.PLC)).isEqualTo(occurrences(raw, "<program>NS-PLC</program>"));
        assertThat(cons.lists()).doesNotContain(ListIds.SDN);
        assertThat(cons.warnings()).anyMatch(w -> w.contains("consolidated"));
    }

    @Test
    void entryWithWeakAliasKeepsCategoryAndIds() {
        // <sdnEntry><uid>17014</uid><lastName>JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK</lastName>...
        // <aka><category>weak</category>
        // <lastName>RUSAG</lastName>
        ListRecord r = cons.records().stream().filter(x -> x.sourceRecordId().equals("17014")).findFirst().orElseThrow();
        assertThat(r.name()).isEqualTo("JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK");
        assertThat(r.list()).isEqualTo(ListIds.SSI);
        assertThat(r.kind()).isEqualTo(PartyKind.ORGANIZATION);
        assertThat(r.aliases()).contains(new Alias("RUSAG", true, "Latn"), new Alias("ROSSELKHOZBANK", false, "Latn"));
        assertThat(r.identifiers()).extracting(Identifier::scheme).contains("SWIFT_BIC", "REGISTRATION");
        assertThat(r.countries()).contains("RU");
        assertThat(r.remarks()).contains("Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations");
    }

    @Test
    void individualNameIsLastCommaFirstLikeTheCsv() {
        ListRecord r = cons.records().stream().filter(x -> x.sourceRecordId().equals("9639")).findFirst().orElseThrow();
        assertThat(r.name()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(r.kind()).isEqualTo(PartyKind.PERSON);
        assertThat(r.list()).isEqualTo(ListIds.PLC);
        assertThat(r.aliases()).contains(new Alias("HANIYA, Ismail", false, "Latn"));
        assertThat(r.remarks()).contains("DOB: 1962", "POB: Shati");
    }

    @Test
    void cmicEntriesGetListingDateAsListedOn() {
        ListRecord any = cons.recordsOf(ListIds.NS_CMIC).get(0);
        assertThat(any.listedOn()).isNotNull().isAfter(LocalDate.of(2020, 1, 1));
    }

    @Test
    void callerCanSayTheFileIsSdnXml() throws Exception {
        ParsedList p = ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(SharedData.bytes(XML)), "SDN");
        assertThat(p.countsByList()).containsOnlyKeys(ListIds.SDN);
    }

    @Test
    void billionLaughsIsRejectedAsDtdForbidden() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(Fixtures.resource("billion-laughs.xml")), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.XML_DTD_FORBIDDEN);
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void externalEntityIsRejectedAsDtdForbidden() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(Fixtures.resource("xxe.xml")), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.XML_DTD_FORBIDDEN);
                    assertThat(e.getMessage()).doesNotContain("root:");
                });
    }

    @Test
    void undeclaredEntityReferenceWithoutDoctypeIsNotExpanded() {
        String xml = "<sdnList><sdnEntry><uid>1</uid><lastName>&xxe;</lastName></sdnEntry></sdnList>";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(xml), null))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.reason()).isIn(Reason.MALFORMED_XML, Reason.XML_DTD_FORBIDDEN));
    }

    @Test
    void xmlCutOffIsTruncatedFile() {
        String cut = raw.substring(0, raw.length() / 2);
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(cut), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_FILE));
    }

    @Test
    void mismatchedTagIsMalformedXmlWithLine() {
        String xml = "<sdnList>\n<sdnEntry>\n<uid>1</uid>\n<lastName>A</firstName>\n</sdnEntry>\n</sdnList>";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(xml), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_XML);
                    assertThat(e.line()).isEqualTo(4);
                });
    }

    @Test
    void entryWithoutNameIsMissingName() {
        String xml = "<sdnList>\n<sdnEntry>\n<uid>1</uid>\n<sdnType>Entity</sdnType>\n</sdnEntry>\n</sdnList>";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(xml), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_NAME);
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void xmlParseTime() throws Exception {
        byte[] b = SharedData.bytes(XML);
        ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(b), null);
        long t0 = System.nanoTime();
        ListParsers.parse(ImportFormat.OFAC_XML, Fixtures.file(b), null);
        System.out.printf("[timing] OFAC consolidated XML (0.9 MB): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }
}
