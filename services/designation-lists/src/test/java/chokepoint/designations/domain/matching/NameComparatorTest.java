package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/** Expected outcomes from the labelled pairs in shared/data/eval/name-pairs.csv and OFAC list conventions. */
class NameComparatorTest {

    private final NameComparator cmp = new NameComparator();

    @Test
    void misspelledSurnameIsAMatch() {
        // name-pairs.csv: Olaf Scholze,Olaf Scholz,true
        assertThat(cmp.compare("Olaf Scholze", "Olaf Scholz", PartyKind.PERSON).band()).isEqualTo(Band.MATCH);
    }

    @Test
    void differentPersonSharingNothingButSimilarGivenNameIsNoMatch() {
        // name-pairs.csv: Angelo Cruz,Angela Merkel,false
        assertThat(cmp.compare("Angelo Cruz", "Angela Merkel", PartyKind.PERSON).band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void surnameCommaGivenEqualsGivenSurname() {
        // un-persons-noisy-queries.csv: ABDULHAI SALEK <- "SALEK, ABDULHAI"
        Comparison c = cmp.compare("SALEK, ABDULHAI", "ABDULHAI SALEK", PartyKind.PERSON);
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(c.band()).isEqualTo(Band.MATCH);
    }

    @Test
    void legalFormVariantsAreEquivalent() {
        assertThat(cmp.compare("Sophgo Technologies Ltd.", "SOPHGO TECHNOLOGY LIMITED", PartyKind.ORGANIZATION).score())
                .isEqualTo(1.0);
        // name-pairs.csv: Deutsche Bank AG,Deutsche Bank Aktiengesellschaft,true
        assertThat(cmp.compare("Deutsche Bank AG", "Deutsche Bank Aktiengesellschaft", PartyKind.ORGANIZATION).band())
                .isEqualTo(Band.MATCH);
    }

    @Test
    void commonCompanyWordsDoNotMakeAMatch() {
        Comparison c = cmp.compare("Shenzhen Bright Star Technology Co., Ltd.", "Shenzhen Zhipu Future Technology Co., Ltd.",
                PartyKind.ORGANIZATION);
        assertThat(c.band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void differentNumbersDoNotMatch() {
        assertThat(cmp.compare("Brigade 44", "Brigade 45", PartyKind.ORGANIZATION).band()).isNotEqualTo(Band.MATCH);
        // name-pairs.csv: 1st International Bank,First International Bank,true
        assertThat(cmp.compare("1st International Bank", "First International Bank", PartyKind.ORGANIZATION).band())
                .isEqualTo(Band.MATCH);
    }

    @Test
    void explanationNamesTheMatchedWords() {
        Comparison c = cmp.compare("Olaf Scholze", "Olaf Scholz", PartyKind.PERSON);
        assertThat(c.explanation()).anyMatch(e -> e.contains("olaf")).anyMatch(e -> e.contains("scholze~scholz"));
    }

    @Test
    void penaltiesNeverPushTheScoreBelowZero() {
        // only a legal form matched, and different words on both sides (-0.1): 0, not negative
        assertThat(cmp.compare("Quorvex Company", "Blentrim Company", PartyKind.ORGANIZATION).score()).isBetween(0.0, 1.0);
        assertThat(cmp.compare("U.D.K.R. Company", "D.K.R. Company", PartyKind.ORGANIZATION).score()).isEqualTo(0.0);
    }

    @Test
    void vowelSignsOfAScriptWithoutATransliteratorKeepWordsApart() {
        // Sinhala (no transliterator to Latin, session 6; Khmer has the project's rules now): vowel
        // signs are marks; dropping them made these two names one
        assertThat(cmp.compare("කුමාර පෙරේරා", "කුමාර පෙරේරා", PartyKind.PERSON).score()).isEqualTo(1.0);
        assertThat(cmp.compare("කුමාර පෙරේරා", "කමර පරර", PartyKind.PERSON).band()).isNotEqualTo(Band.MATCH);
        // a spacing vowel sign (ා) stays inside its word instead of splitting it
        assertThat(cmp.compare("පෙරේරා", "පෙරේරා", PartyKind.PERSON).score()).isEqualTo(1.0);
        // Khmer: romanized by the project's rules, so the same check holds through Latin
        assertThat(cmp.compare("ប៉ុល ស៊ុន", "បល សន", PartyKind.PERSON).band()).isNotEqualTo(Band.MATCH);
    }
}
