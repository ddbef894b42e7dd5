package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomCsvParserTest {

    @Test
    void sampleCustomListParsesAllDocumentedColumns() throws Exception {
        ParsedList p = ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file(Fixtures.resource("custom-sample.csv")),
                "Acme watch list");
        assertThat(p.countsByList()).containsOnlyKeys("ACME_WATCH_LIST");
        assertThat(p.records()).hasSize(3);
        ListRecord ds = p.records().get(0);
        assertThat(ds.sourceRecordId()).isEqualTo("ACME-1");
        assertThat(ds.kind()).isEqualTo(PartyKind.ORGANIZATION);
        assertThat(ds.aliases()).containsExactly(new Alias("DeepSeek", false, "Latn"),
                new Alias("杭州深度求索人工智能基础技术研究有限公司", false, "Hani"));
        assertThat(ds.identifiers()).containsExactly(new Identifier("USCC", "91330105MA2KCGG57A", "CN"),
                new Identifier("LEI", "984500ABCDEF12345678", null));
        assertThat(ds.programs()).containsExactly("AI-TRAINING");
        assertThat(ds.listedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(p.records().get(1).countries()).containsExactly("HK", "SG");
        assertThat(p.records().get(1).kind()).isEqualTo(PartyKind.UNKNOWN);
        assertThat(p.records().get(2).sourceRecordId()).startsWith("N"); // no id column value: name key
    }

    @Test
    void unknownHeaderIsWrongColumns() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name,colour\nA,red\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_COLUMNS);
                    assertThat(e.line()).isEqualTo(1);
                });
    }

    @Test
    void headerWithoutNameIsWrongColumns() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("id,aliases\n1,A\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_COLUMNS));
    }

    @Test
    void emptyNameIsMissingNameWithLine() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name,kind\nA,PERSON\n  ,PERSON\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_NAME);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void badDateBadKindBadIdentifierAndDuplicateIdAreRejected() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name,listed_on\nA,2026-02-30\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_DATE);
                    assertThat(e.line()).isEqualTo(2);
                });
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name,kind\nA,COMPANY\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name,identifiers\nA,12345\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("id,name\n1,A\n1,B\n"), "x"))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_ID);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void customListNeedsAName() {
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.CUSTOM_CSV, Fixtures.file("name\nA\n"), " "))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_LIST_NAME));
    }
}
