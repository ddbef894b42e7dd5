package chokepoint.designations.domain.imports;

import chokepoint.designations.domain.Alias;
import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.imports.ImportException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Dod1260hParserTest {

    static final String FILE = "lists/dod/section-1260h.csv";
    static ParsedList p;

    @BeforeAll
    static void parse() throws Exception {
        p = ListParsers.parse(ImportFormat.DOD_1260H_CSV, Fixtures.file(SharedData.bytes(FILE)), null);
    }

    /** First field of a CSV line by hand (quoted or not): independent of commons-csv and the parser. */
    private static String firstField(String line) {
        if (line.startsWith("\"")) {
            return line.substring(1, line.indexOf('"', 1));
        }
        return line.substring(0, line.indexOf(','));
    }

    @Test
    void oneRecordPerCompanyCountedIndependently() {
        List<String> lines = new String(SharedData.bytes(FILE), StandardCharsets.UTF_8).lines().skip(1)
                .filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSize(397); // README: 397 rows across editions
        Set<String> companies = new HashSet<>();
        for (String l : lines) {
            companies.add(firstField(l).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
        }
        assertThat(p.records()).hasSize(companies.size());
        assertThat(p.countsByList()).containsOnlyKeys(ListIds.SECTION_1260H);
        assertThat(p.records()).allMatch(r -> r.kind() == PartyKind.ORGANIZATION);
    }

    private static ListRecord byName(String name) {
        return p.records().stream().filter(r -> r.name().equals(name)
                || r.aliases().stream().anyMatch(a -> a.name().equals(name))).findFirst().orElseThrow();
    }

    @Test
    void removedCompanyKeepsListedAndRemovedDates() {
        // "Beijing Megvii Technology Co., Ltd.",Megvii,,,2024-01-31,2025-01-07
        ListRecord m = byName("Beijing Megvii Technology Co., Ltd.");
        assertThat(m.listedOn()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(m.removedOn()).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(m.aliases()).extracting(Alias::name).containsExactly("Megvii");
    }

    @Test
    void companyRelistedAfterRemovalIsCurrentlyListedWithHistoryInRemarks() {
        // YMTC: 2024-01-31; 2025-01-07 removed 2026-02-17; 2026-06-08
        ListRecord y = byName("Yangtze Memory Technologies Co., Ltd.");
        assertThat(y.listedOn()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(y.removedOn()).isNull();
        assertThat(y.remarks()).contains("2025-01-07 (removed 2026-02-17)", "2026-06-08");
    }

    @Test
    void parentGoesToRemarksAndParentNamesAndAliasListIsSplitOnBareComma() {
        ListRecord k = byName("Beijing Zhidao Chuangyu Information Technology Co., Ltd.");
        assertThat(k.aliases()).extracting(Alias::name).containsExactlyInAnyOrder("Knownsec", "Beijing Kownsec");
        ListRecord amec = byName("AVIC Jonhon Optronic Technology Co., Ltd.");
        assertThat(amec.parentNames()).contains("Aviation Industry Corporation of China Ltd.");
        assertThat(amec.remarks()).contains("Parent: Aviation Industry Corporation of China Ltd.");
    }

    private static ParsedList.Edition edition(String day) {
        return p.editions().stream().filter(e -> e.asOf().toString().equals(day)).findFirst().orElseThrow();
    }

    private static boolean lists(ParsedList.Edition e, String name) {
        return e.records().stream().anyMatch(r -> r.name().equals(name));
    }

    @Test
    void oneEditionPerDateOnWhichTheListChanged() {
        assertThat(p.editions()).extracting(e -> e.asOf().toString())
                .containsExactly("2021-06-03", "2022-10-05", "2024-01-31", "2025-01-07", "2026-02-17", "2026-06-08");
        assertThat(p.editionOn(LocalDate.of(2021, 6, 2))).isNull();
        assertThat(p.editionOn(LocalDate.of(2025, 6, 1)).asOf()).isEqualTo(LocalDate.of(2025, 1, 7));
        // an edition lists who is on it: no removal dates
        assertThat(p.editions()).allSatisfy(e -> assertThat(e.records()).allMatch(r -> r.removedOn() == null));
    }

    @Test
    void anEditionListsTheCompaniesOnTheListThatDayAsTheirRowsSoFarDescribeThem() {
        String megvii = "Beijing Megvii Technology Co., Ltd."; // 2024-01-31, removed 2025-01-07
        assertThat(lists(edition("2022-10-05"), megvii)).isFalse();
        assertThat(lists(edition("2024-01-31"), megvii)).isTrue();
        assertThat(lists(edition("2025-01-07"), megvii)).isFalse();
        // Costar: listed 2021-06-03 (no removal on that row), again 2025-01-07 removed 2026-02-17: the newer row decides
        String costar = "Costar Group Co., Ltd.";
        assertThat(lists(edition("2025-01-07"), costar)).isTrue();
        assertThat(lists(edition("2026-02-17"), costar)).isFalse();
        assertThat(lists(edition("2026-06-08"), costar)).isFalse();
        String ymtc = "Yangtze Memory Technologies Co., Ltd."; // 2024-01-31; 2025-01-07 removed 2026-02-17; 2026-06-08
        assertThat(lists(edition("2025-01-07"), ymtc)).isTrue();
        assertThat(lists(edition("2026-02-17"), ymtc)).isFalse();
        ListRecord again = edition("2026-06-08").records().stream().filter(r -> r.name().equals(ymtc)).findFirst().orElseThrow();
        assertThat(again.remarks()).contains("2025-01-07 (removed 2026-02-17)", "2026-06-08");
        ListRecord before = edition("2025-01-07").records().stream().filter(r -> r.name().equals(ymtc)).findFirst().orElseThrow();
        assertThat(before.remarks()).as("a removal after the edition's date is not known yet").doesNotContain("removed", "2026");
        // a company whose rows did not change is the same record in every edition (its version adds no revision)
        String amec = "Advanced Micro-Fabrication Equipment Inc. China"; // one row: 2024-01-31, never removed
        ListRecord first = edition("2024-01-31").records().stream().filter(r -> r.name().equals(amec)).findFirst().orElseThrow();
        ListRecord last = edition("2026-06-08").records().stream().filter(r -> r.name().equals(amec)).findFirst().orElseThrow();
        assertThat(last).isEqualTo(first);
    }

    @Test
    void aRemovalOnOrBeforeItsListingIsRejectedWithLine() {
        String csv = "name,alias,previous_name,parent_name,listed_on,removed_on\nA Co.,,,,2021-06-03,\nB Co.,,,,2024-01-31,2024-01-31\n";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.DOD_1260H_CSV, Fixtures.file(csv), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_DATE);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void badDateIsRejectedWithLine() {
        String csv = "name,alias,previous_name,parent_name,listed_on,removed_on\nA Co.,,,,2021-06-03,\nB Co.,,,,June 2021,\n";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.DOD_1260H_CSV, Fixtures.file(csv), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.BAD_DATE);
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void missingNameIsRejectedWithLine() {
        String csv = "name,alias,previous_name,parent_name,listed_on,removed_on\nA Co.,,,,2021-06-03,\n,X,,,2021-06-03,\n";
        assertThatThrownBy(() -> ListParsers.parse(ImportFormat.DOD_1260H_CSV, Fixtures.file(csv), null))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MISSING_NAME);
                    assertThat(e.line()).isEqualTo(3);
                });
    }
}
