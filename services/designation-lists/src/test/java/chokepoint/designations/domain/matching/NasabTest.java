package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Session 4: Arabic nasab order. "X bin Y" is X, son of Y; "Y bin X" is Y, son of X: another person
 * (a relative of the listed one), so at most POSSIBLE, although the order-free alignment finds
 * every word. Examples are invented.
 */
class NasabTest {

    private final NameComparator cmp = new NameComparator();

    private Comparison person(String a, String b) {
        return cmp.compare(a, b, PartyKind.PERSON);
    }

    @Test
    void fatherAndSonSwappedIsNotAMatch() {
        Comparison c = person("Khalid bin Tariq al-Harbi", "Tariq bin Khalid al-Harbi");
        assertThat(c.score()).isLessThanOrEqualTo(NameScorer.BIN_SWAP_CAP);
        assertThat(c.band()).isNotEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("father and son"));
        assertThat(person("Nura bint Hamid al-Sayegh", "Hamid bin Nura al-Sayegh").band()).isNotEqualTo(Band.MATCH);
    }

    @Test
    void sameOrderStillMatches() {
        assertThat(person("Khalid bin Tariq al-Harbi", "Khaled ibn Tariq al-Harbi").band()).isEqualTo(Band.MATCH);
        assertThat(person("Khalid bin Tariq", "Khalid bin Tariq al-Harbi").band()).isEqualTo(Band.MATCH);
    }

    @Test
    void reorderedWithoutAFatherOnBothSidesIsUntouched() {
        // "bin" first or last: no own name before it or no father after it, so no nasab order to read
        Comparison c = person("bin Tariq Khalid", "Khalid bin Tariq");
        assertThat(c.explanation()).noneMatch(e -> e.contains("father and son"));
        assertThat(c.band()).isEqualTo(Band.MATCH);
        // a name written SURNAME, Given
        assertThat(person("AL-HARBI, Khalid bin Tariq", "Khalid bin Tariq al-Harbi").band()).isEqualTo(Band.MATCH);
    }

    @Test
    void aNasabShortenedToItsLastAncestorMatches() {
        // full genealogy "X son of Y son of Z" against "X bin Z": the skipped generation Y and the
        // particles of the chain weigh like an omitted patronymic
        Comparison c = person("Hamza bin Qasim", "Hamza bin Sultan ibn Rashid ibn Qasim");
        assertThat(c.band()).as("%s", c.explanation()).isEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("nasab shortened"));
        // the same extra words outside a chain are ordinary extra words
        Comparison d = person("Hamza Qasim", "Hamza Sultan Rashid Qasim");
        assertThat(d.score()).isLessThan(c.score());
    }

    @Test
    void aSkippedGenerationNeedsTheLastAncestorMatched() {
        // the chain ends in another ancestor: nothing is skipped, another family
        Comparison c = person("Hamza bin Qasim", "Hamza bin Sultan ibn Rashid ibn Nasser");
        assertThat(c.explanation()).noneMatch(e -> e.contains("nasab shortened"));
        assertThat(c.band()).isEqualTo(Band.NO_MATCH);
        // the short name's words must all be found
        assertThat(person("Hamza bin Qasim al-Tamimi", "Hamza bin Sultan ibn Rashid ibn Qasim").band()).isNotEqualTo(Band.MATCH);
    }
}
