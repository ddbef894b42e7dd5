package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Address;
import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CslJsonParserTest {

    static ParsedList sample() throws Exception {
        return ListParsers.parse(ImportFormat.CSL_JSON, Fixtures.file(Fixtures.resource("csl-sample.json")), null);
    }

    @Test
    void jsonFixtureConvertedFromRealCsvRowsParsesPerList() throws Exception {
        ParsedList p = sample();
        assertThat(p.countsByList()).containsOnly(
                java.util.Map.entry("ENTITY_LIST", 1), java.util.Map.entry("DPL", 1), java.util.Map.entry("SDN", 1));
        ListRecord ash = p.recordsOf("DPL").get(0);
        assertThat(ash.name()).isEqualTo("I. ASH");
        assertThat(ash.addresses()).containsExactly(new Address(
                "UPON THE DATE OF THE ORDER INCARCERATED AT USM NO: 26265-177, FCI SEAGOVILLE, 2113 NORTH HIGHWAY 175",
                "SEAGOVILLE", "TX", "75159", "US"));
        assertThat(ash.listedOn()).isEqualTo(LocalDate.of(2003, 6, 19));
        assertThat(ash.federalRegisterCitations()).containsExactly("68 FR 38290", "71 FR 38843", "72 FR 4236");
        ListRecord sdn = p.recordsOf("SDN").get(0);
        assertThat(sdn.sourceRecordId()).isEqualTo("17291");
        assertThat(sdn.identifiers()).containsExactlyInAnyOrder(
                new Identifier("NATIONAL_ID", "28940000602", "QA"), new Identifier("PASSPORT", "K475336", "JO"));
        assertThat(sdn.aliases()).extracting(Alias::name).contains("'Umar al-Qatari");
    }

    @Test
    void jsonAndCsvOfTheSameZhipuRowGiveTheSameRecordAndFingerprint() throws Exception {
        ListRecord fromJson = sample().recordsOf("ENTITY_LIST").get(0);
        String header = String.join(",", CslParser.HEADER);
        String row = CslCsvParserTest.firstLines(CslCsvParserTest.CSV_2026, Integer.MAX_VALUE).stream()
                .filter(l -> l.contains("\"Beijing Zhipu Huazhang Technology Co., Ltd.\"")).findFirst().orElseThrow();
        ListRecord fromCsv = ListParsers.parse(ImportFormat.CSL_CSV, Fixtures.file(header + "\n" + row), null)
                .records().get(0);
        assertThat(fromJson).isEqualTo(fromCsv);
        assertThat(fromJson.fingerprint()).isEqualTo(fromCsv.fingerprint());
    }

    @Test
    void jsonCutOffIsTruncatedFile() {
        String json = new String(Fixtures.resource("csl-sample.json"), StandardCharsets.UTF_8);
        String cut = json.substring(0, json.indexOf("\"I. ASH\"") > 0 ? json.indexOf("\"I. ASH\"") : json.length() / 2);
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CSL_JSON, Fixtures.file(cut), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRUNCATED_FILE));
    }

    @Test
    void invalidJsonIsMalformedJsonWithLine() {
        String json = "{\"results\": [\n {\"name\": \"A\", \"source\": \"Entity List (EL) - x\"},\n {\"name\" \"B\"}\n]}";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CSL_JSON, Fixtures.file(json), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_JSON);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void resultWithoutNameIsMissingNameWithItsLine() {
        String json = "{\"results\": [\n {\"name\": \"A\", \"source\": \"Entity List (EL) - x\"},\n {\"name\": \" \", \"source\": \"Entity List (EL) - x\"}\n]}";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CSL_JSON, Fixtures.file(json), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_NAME);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void badDateInJsonIsBadDate() {
        String json = "{\"results\": [{\"name\": \"A\", \"source\": \"Entity List (EL) - x\", \"start_date\": \"2020-13-45\"}]}";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CSL_JSON, Fixtures.file(json), null))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_DATE));
    }
}
