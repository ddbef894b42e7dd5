package chokepoint.designations.domain.sources;

import chokepoint.designations.domain.imports.ImportFormat;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a configured list source valid, and the problems an operator is told otherwise. */
class SourceSpecTest {

    static SourceSpec.Raw raw(String name, String format, String url, Map<String, String> parts, String dir, String file) {
        return new SourceSpec.Raw(name, true, format, url, parts, dir, file, Duration.ofHours(6), null, List.of("sdn"), null);
    }

    @Test
    void aSinglePartUrlSourceIsValidAndItsUrlIsTheFilePart() {
        SourceSpec.Checked c = SourceSpec.check(raw("csl", "csl_csv", "https://data.trade.gov/x/consolidated.csv", Map.of(), null, null));
        assertThat(c.problems()).isEmpty();
        assertThat(c.spec().format()).isEqualTo(ImportFormat.CSL_CSV);
        assertThat(c.spec().kind()).isEqualTo(SourceSpec.Kind.URL);
        assertThat(c.spec().parts()).containsExactly(Map.entry("file", "https://data.trade.gov/x/consolidated.csv"));
        assertThat(c.spec().effectiveDate()).isEqualTo(EffectiveDatePolicy.LAST_MODIFIED);
        assertThat(c.spec().feeds("SDN")).isFalse();
        assertThat(c.spec().feeds("ENTITY_LIST")).isTrue();
    }

    @Test
    void aMultiPartSourceNeedsItsRequiredPartsAsUrlsNotOneUrl() {
        assertThat(SourceSpec.check(raw("ofac", "OFAC_SDN_CSV", "https://x/SDN.CSV", Map.of(), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("give parts.<part> URLs instead of url"));
        assertThat(SourceSpec.check(raw("ofac", "OFAC_SDN_CSV", null, Map.of("add", "https://x/ADD.CSV"), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("needs the part 'sdn'"));
        assertThat(SourceSpec.check(raw("ofac", "OFAC_SDN_CSV", null, Map.of("sdn", "https://x/SDN.CSV", "prim", "https://x/P"),
                null, null)).problems()).anySatisfy(p -> assertThat(p).contains("has no part 'prim'"));
        SourceSpec.Checked ok = SourceSpec.check(raw("ofac", "OFAC_SDN_CSV", null,
                Map.of("sdn", "https://x/SDN.CSV", "alt", "https://x/ALT.CSV"), null, null));
        assertThat(ok.valid()).isTrue();
        assertThat(ok.spec().parts()).containsOnlyKeys("alt", "sdn");
    }

    @Test
    void onlyHttpUrlsWithAHostAreAccepted() {
        assertThat(SourceSpec.check(raw("a", "CSL_CSV", "file:///etc/passwd", Map.of(), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("not an http(s) URL"));
        assertThat(SourceSpec.check(raw("a", "CSL_CSV", "https:///x", Map.of(), null, null)).valid()).isFalse();
        assertThat(SourceSpec.check(raw("a", "CSL_CSV", "http://127.0.0.1:8000/x.csv", Map.of(), null, null)).valid()).isTrue();
    }

    @Test
    void aDirectorySourceTakesTheNewestFileUnlessOneIsNamedAndRefusesPaths() {
        SourceSpec.Checked newest = SourceSpec.check(raw("drop", "DOD_1260H_CSV", null, Map.of(), "/srv/lists/dod", null));
        assertThat(newest.spec().kind()).isEqualTo(SourceSpec.Kind.DIRECTORY);
        assertThat(newest.spec().parts()).containsExactly(Map.entry("file", "*"));
        assertThat(SourceSpec.check(raw("drop", "DOD_1260H_CSV", null, Map.of(), "/srv/lists/dod", "1260h.csv")).spec().parts())
                .containsExactly(Map.entry("file", "1260h.csv"));
        assertThat(SourceSpec.check(raw("drop", "DOD_1260H_CSV", null, Map.of(), "/srv", "../etc/passwd")).valid()).isFalse();
        assertThat(SourceSpec.check(raw("drop", "OFAC_SDN_CSV", null, Map.of(), "/srv", null)).problems())
                .anySatisfy(p -> assertThat(p).contains("needs the part 'sdn'"));
        assertThat(SourceSpec.check(raw("drop", "CSL_CSV", "https://x/y.csv", Map.of(), "/srv", null)).problems())
                .anySatisfy(p -> assertThat(p).contains("not both"));
    }

    @Test
    void namesFormatsIntervalsAndCustomListsAreChecked() {
        assertThat(SourceSpec.check(raw("Bad Name", "CSL_CSV", "https://x/y", Map.of(), null, null)).valid()).isFalse();
        assertThat(SourceSpec.check(raw("a", "XLSX", "https://x/y", Map.of(), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("format 'XLSX'"));
        assertThat(SourceSpec.check(new SourceSpec.Raw("a", true, "CSL_CSV", "https://x/y", Map.of(), null, null, Duration.ZERO, null,
                List.of(), null)).problems()).anySatisfy(p -> assertThat(p).contains("interval"));
        assertThat(SourceSpec.check(raw("a", "CUSTOM_CSV", "https://x/y", Map.of(), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("custom:<name>"));
        assertThat(SourceSpec.check(raw("a", "CSL_CSV", null, Map.of(), null, null)).problems())
                .anySatisfy(p -> assertThat(p).contains("give url"));
    }
}
