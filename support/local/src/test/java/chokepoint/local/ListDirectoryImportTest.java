package chokepoint.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
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
        // section-1260h.csv has no date in its name: it is the edition of its newest entry (2026-06-08 in data/README's
        // "editions 2021-06 .. 2026-06"), not the day the file was copied
        assertThat(jobs.stream().filter(j -> j.format().equals("DOD_1260H_CSV")).map(ListDirectoryImport.Job::effectiveOn))
                .containsExactly("2026-06-08");
    }

    @Test
    void a1260hFileIsAsOfItsNewestListingOrRemovalAndQuotedNamesDoNotConfuseIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("dod-1260h.csv");
        Files.writeString(f, "name,alias,previous_name,parent_name,listed_on,removed_on\n"
                + "\"Quoted, Ltd. 2030-01-01\",,,,2022-10-05,\n"
                + "Removed Co.,,,,2021-06-03,2025-01-07\n"
                + "Later Co.,,,,2024-01-31,\n");
        assertThat(ListDirectoryImport.newestEdition(f)).contains("2025-01-07");
        assertThat(ListDirectoryImport.plan(dir)).extracting(ListDirectoryImport.Job::effectiveOn).containsExactly("2025-01-07");

        Path named = dir.resolve("section-1260h-2026-06.csv");
        Files.move(f, named);
        assertThat(ListDirectoryImport.plan(dir)).extracting(ListDirectoryImport.Job::effectiveOn)
                .as("a date in the name wins").containsExactly("2026-06-01");

        Files.writeString(named, "name,alias,previous_name,parent_name,listed_on,removed_on\n");
        assertThat(ListDirectoryImport.newestEdition(named)).isEmpty();
    }

    @Test
    void aHistoryImportIsSummedOverItsEditionsAndSaysSo() {
        // the gateway's import answer (ImportResource.ImportJson): one version per 1260H edition, then the totals
        String history = "{\"versions\":[{\"id\":\"lv_a\",\"list\":\"SECTION_1260H\",\"effectiveOn\":\"2021-06-03\",\"added\":47,"
                + "\"changed\":0,\"removed\":0,\"unchanged\":0},{\"id\":\"lv_b\",\"list\":\"SECTION_1260H\",\"effectiveOn\":"
                + "\"2022-10-05\",\"added\":13,\"changed\":0,\"removed\":0,\"unchanged\":47}],\"added\":60,\"changed\":0,"
                + "\"removed\":0,\"unchanged\":47}";
        assertThat(ListDirectoryImport.summary(history))
                .isEqualTo("added 60, changed 0, removed 0, unchanged 47 over 2 editions (2021-06-03 .. 2022-10-05)");
        String oneDate = "{\"versions\":[{\"id\":\"lv_a\",\"list\":\"SDN\",\"effectiveOn\":\"2026-07-31\",\"added\":1,"
                + "\"changed\":0,\"removed\":0,\"unchanged\":0},{\"id\":\"lv_b\",\"list\":\"MEU\",\"effectiveOn\":\"2026-07-31\","
                + "\"added\":2,\"changed\":0,\"removed\":0,\"unchanged\":0}],\"added\":3,\"changed\":0,\"removed\":0,\"unchanged\":0}";
        assertThat(ListDirectoryImport.summary(oneDate)).isEqualTo("added 3, changed 0, removed 0, unchanged 0");
    }
}
