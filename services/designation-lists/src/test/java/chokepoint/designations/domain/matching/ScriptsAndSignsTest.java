package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Session 6: names in scripts ICU cannot romanize (Khmer, Lao: our own ICU rules), Chinese
 * transcriptions of foreign names (parts separated by a middle dot), and the percent sign read as
 * its word. Real names are public figures or SDN entries, none from the evaluation files.
 */
class ScriptsAndSignsTest {

    private final NameComparator cmp = new NameComparator();

    private Comparison person(String a, String b) {
        return cmp.compare(a, b, PartyKind.PERSON);
    }

    @Test
    void khmerIsRomanizedByTheProjectsRules() {
        // SDN (GLOMAG) "PHEAP, Try" and "HIENG, Hing Bun"
        Comparison c = person("ទ្រី ភាព", "Try Pheap");
        assertThat(c.band()).as("%s", c.explanation()).isEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("Khmer transliterated to Latin"));
        assertThat(person("ហ៊ីង ប៊ុនហៀង", "Hing Bun Hieng").band()).isEqualTo(Band.MATCH);
        // a consonant before another carries its inherent vowel (o-series: o), vowel signs follow the series
        assertThat(person("ពត", "Pot").score()).isEqualTo(1.0);
        assertThat(person("ជា", "Chea").score()).isEqualTo(1.0);
        // another Khmer name is not the same person
        assertThat(person("ទ្រី ភាព", "Kim Sophary").band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void laoIsRomanizedWithItsLeadingVowelsMovedAfterTheConsonant() {
        Comparison c = person("ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith");
        assertThat(c.band()).as("%s", c.explanation()).isEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("Lao transliterated to Latin"));
        // ເ (e) is written before ຂ but read after it: ເຂດ = khed
        assertThat(person("ເຂດ", "Khed").score()).isEqualTo(1.0);
    }

    @Test
    void chineseTranscriptionOfAForeignNameMeetsItsLatinSpelling() {
        Comparison c = person("艾哈迈德·马苏德", "Ahmad Massoud");
        assertThat(c.band()).as("%s", c.explanation()).isEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("Chinese transcription of a foreign name"));
        // the consonants must agree: another name with the same first part is not a match
        assertThat(person("艾哈迈德·马苏德", "Ahmad Karimi").band()).isEqualTo(Band.NO_MATCH);
        assertThat(person("艾哈迈德·马苏德", "Patrick Oberman").band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void theSkeletonKeepsTheConsonantsATranscriptionHears() {
        assertThat(HanTranscription.skeleton("beilake")).isEqualTo(HanTranscription.skeleton("barack"));
        assertThat(HanTranscription.skeleton("telangpu")).isEqualTo(HanTranscription.skeleton("trump"));
        assertThat(HanTranscription.skeleton("masude")).isNotEqualTo(HanTranscription.skeleton("karimi"));
        // one consonant class is too little to call two words the same
        assertThat(HanTranscription.sameSkeleton("tuo", "tao")).isFalse();
    }

    @Test
    void percentSignIsReadAsItsWord() {
        Comparison c = cmp.compare("The 5% Nation", "The Five Percent Nation", PartyKind.ORGANIZATION);
        assertThat(c.band()).as("%s", c.explanation()).isEqualTo(Band.MATCH);
        assertThat(cmp.compare("4%ers Club", "Four Percenters Club", PartyKind.ORGANIZATION).band()).isEqualTo(Band.MATCH);
        // signs alone are still no name
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cmp.compare("%%", "Percent", PartyKind.ORGANIZATION))
                .isInstanceOfSatisfying(InvalidNameException.class, e -> assertThat(e.reason()).isEqualTo(InvalidNameException.Reason.EMPTY));
    }
}
