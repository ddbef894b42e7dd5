package chokepoint.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListDirectoryImportTest {

    @Test
    void theSharedListFolderIsRecognizedFileByFileWithDatesFromTheNames() throws Exception {
        Path shared = Path.of(System.getProperty("chokepoint.shared.dir", "../../../shared")).resolve("data/lists");
        List<ListDirectoryImport.Job> jobs = ListDirectoryImport.plan(shared);
        assertThat(jobs).extracting(ListDirectoryImport.Job::format)
                .contains("CSL_CSV", "OFAC_SDN_CSV", "OFAC_CONS_CSV", "OFAC_XML", "DOD_1260H_CSV");
        ListDirectoryImport.Job trio = jobs.stream().filter(j -> j.format().equals("OFAC_SDN_CSV") && j.effectiveOn().equals("2023-12-28"))
                .findFirst().orElseThrow();
        assertThat(trio.parts()).containsOnlyKeys("sdn", "add", "alt");
        ListDirectoryImport.Job cons = jobs.stream().filter(j -> j.format().equals("OFAC_CONS_CSV")).findFirst().orElseThrow();
        assertThat(cons.parts()).containsOnlyKeys("prim", "add", "alt", "comments");
        assertThat(cons.effectiveOn()).isEqualTo("2025-12-19");
        // oldest first, so later snapshots supersede earlier ones
        assertThat(jobs.get(0).effectiveOn()).isLessThanOrEqualTo(jobs.get(jobs.size() - 1).effectiveOn());
        assertThat(jobs.stream().filter(j -> j.format().equals("CSL_CSV")).map(ListDirectoryImport.Job::effectiveOn))
                .contains("2026-07-31", "2022-04-01");
    }
}
