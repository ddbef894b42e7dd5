package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Session 3 edit-count rules (docs/matching.md): one letter edit is a typo of the same name, three
 * or more edits (not a transliteration variant) are another name. Examples are invented or
 * generic, none from the evaluation files.
 */
class EditCountTest {

    private final NameComparator cmp = new NameComparator();

    private double score(String a, String b, PartyKind kind) {
        return cmp.compare(a, b, kind).score();
    }

    @Test
    void boundedEditDistance() {
        assertThat(EditDistance.bounded("nina", "nina", 2)).isZero();
        assertThat(EditDistance.bounded("tim", "tom", 2)).isEqualTo(1);        // substitution
        assertThat(EditDistance.bounded("greta", "gerta", 2)).isEqualTo(1);    // transposition
        assertThat(EditDistance.bounded("anna", "ana", 2)).isEqualTo(1);       // deletion
        assertThat(EditDistance.bounded("carla", "karl", 2)).isEqualTo(2);
        assertThat(EditDistance.bounded("bertolini", "bertolucci", 2)).isEqualTo(3); // more than the bound
        assertThat(EditDistance.oneEdit("lisa", "lise")).isTrue();
        assertThat(EditDistance.oneEdit("lisa", "lisa")).isFalse();
        assertThat(EditDistance.oneEdit("lisa", "elisa")).isTrue();
        assertThat(EditDistance.oneEdit("lisa", "liza2")).isFalse();
    }

    @Test
    void oneLetterTypoIsTheSameName() {
        // a first-letter or short-word typo: Jaro-Winkler gives these 0, the floor 0.85 (3+ letters)
        assertThat(score("Ned Robbins", "Ted Robbins", PartyKind.PERSON)).isCloseTo((1 + 0.85) / 2, within(1e-6));
        // a vowel typo is also a transliteration fold (vowel runs): variant 0.9
        assertThat(score("Tom Robbins", "Tim Robbins", PartyKind.PERSON)).isCloseTo((1 + 0.9) / 2, within(1e-6));
        assertThat(score("Nina Timone", "Nina Simone", PartyKind.PERSON)).isCloseTo((1 + 0.85) / 2, within(1e-6));
        assertThat(cmp.compare("Codafone Retail", "Vodafone Retail", PartyKind.ORGANIZATION).band()).isEqualTo(Band.MATCH);
        // two-letter words: one edit is half the word, floor 0.75
        assertThat(score("Bo Nilsen", "Bu Nilsen", PartyKind.PERSON)).isCloseTo((1 + 0.75) / 2, within(1e-6));
    }

    @Test
    void aLetterMoreOrLessInAShortWordIsAnotherWord() {
        // 2-3 letters: only a substitution is a typo; an acronym with one more letter is another name
        assertThat(NameScorer.tokenSim("dkr", "dkz", false)).isEqualTo(0.85f);
        assertThat(NameScorer.tokenSim("dkr", "udkr", false)).isZero();
        assertThat(cmp.compare("U.D.K.R. Company", "D.K.R. Company", PartyKind.ORGANIZATION).band()).isNotEqualTo(Band.MATCH);
        // from 4 letters an inserted letter is a typo again (Lisa/Lissa)
        assertThat(NameScorer.tokenSim("lisa", "lissa", true)).isGreaterThanOrEqualTo(0.85f);
    }

    @Test
    void typoFloorDoesNotReachNumbersOrInitials() {
        assertThat(score("Brigade 44", "Brigade 45", PartyKind.ORGANIZATION)).isLessThan(0.8);
        // initials keep their own rule (same first letter 0.8), one edit between single letters is nothing
        assertThat(NameScorer.tokenSim("a", "b", true)).isZero();
    }

    @Test
    void initialsAreNotCappedAsThreeEdits() {
        // K = Krzysztof at 0.8 with the single-letter weight 0.5: (2 * (1 + 0.8 * 0.5)) / (0.5 + 1 + 1 + 1)
        assertThat(score("K. Nowak", "Krzysztof Nowak", PartyKind.PERSON)).isCloseTo(2.8 / 3.5, within(1e-6));
    }

    @Test
    void threeOrMoreEditsAreAnotherName() {
        // Jaro-Winkler 0.9+ for a shared stem, but three edits: capped at 0.4, (1 + 0.4) / 2, and
        // another name in the surname's place costs like a substituted word (session 6): - 0.1
        assertThat(score("Andrea Bertolini", "Andrea Bertolucci", PartyKind.PERSON)).isCloseTo(0.6, within(1e-6));
        assertThat(cmp.compare("Andrea Bertolini", "Andrea Bertolucci", PartyKind.PERSON).band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void transliterationVariantsAreNotCappedByTheirEditCount() {
        // kh/h and vowel runs fold together: a variant at 0.9 although 3 edits apart
        assertThat(EditDistance.bounded("mukhammadjon", "muhamadjan", 2)).isEqualTo(3);
        assertThat(score("Mukhammadjon Rakhimov", "Muhamadjan Rakhimov", PartyKind.PERSON)).isCloseTo((1 + 0.9) / 2, within(1e-6));
    }

    @Test
    void aWordThreeEditsAwayIsAnotherNameInItsPlace() {
        // Castillo/Castro share a stem (capped at 0.4 as a pair) and are two surnames: with two other
        // words equal the capped pair alone used to leave 0.80, a MATCH; another name costs like a substitution
        Comparison c = cmp.compare("Tomas Berglund Castillo", "Tomas Berglund Castro", PartyKind.PERSON);
        assertThat(c.band()).as("%s", c.explanation()).isNotEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("another name (3+ letter edits)"));
        // a one-letter typo in the same place is still the same person
        assertThat(cmp.compare("Tomas Berglund Castillo", "Tomas Berglund Castilo", PartyKind.PERSON).band()).isEqualTo(Band.MATCH);
    }
}
