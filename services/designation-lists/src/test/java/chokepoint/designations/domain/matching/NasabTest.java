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
}
