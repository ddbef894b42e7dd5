package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/** Session 3 rules for person names (docs/matching.md); invented or generic examples. */
class PersonNameFormsTest {

    private final NameComparator cmp = new NameComparator();

    private double score(String a, String b, PartyKind kind) {
        return cmp.compare(a, b, kind).score();
    }

    @Test
    void latvianNominativeEndingIsAVariant() {
        assertThat(NameScorer.balticVariant("andrejs", "andrey")).isTrue();   // drop -s, then j/y fold
        assertThat(NameScorer.balticVariant("ivanovs", "ivanov")).isTrue();
        assertThat(NameScorer.balticVariant("aleksejs", "aleksey")).isTrue();
        assertThat(NameScorer.balticVariant("ivanovs", "ivanova")).isFalse(); // another (female) form
        assertThat(NameScorer.balticVariant("davis", "david")).isFalse();     // Davi is not David
        // Andrejs~Andrey 0.9 (variant), Ivanovs~Ivanov 0.9, patronymic omitted (0.4 x 0.5):
        // 2 x 1.8 / (2 + 2 + 0.2)
        assertThat(score("Andrejs Ivanovs", "Andrey Petrovich Ivanov", PartyKind.PERSON)).isCloseTo(3.6 / 4.2, within(0.01));
        assertThat(cmp.compare("Andrejs Ivanovs", "Andrey Petrovich Ivanov", PartyKind.PERSON).band()).isEqualTo(Band.MATCH);
        // companies are not concerned
        assertThat(score("Andrejs Ivanovs", "Andrey Ivanov", PartyKind.ORGANIZATION))
                .isLessThan(score("Andrejs Ivanovs", "Andrey Ivanov", PartyKind.PERSON));
    }

    @Test
    void benOpeningANameIsTheGivenName() {
        TextNormalizer n = new TextNormalizer(1000);
        PreparedName given = n.prepare("Ben Okafor");
        assertThat(given.tokens()[0]).isEqualTo("ben");
        assertThat(given.classes()[0]).isEqualTo(Lexicon.NORMAL);
        // nicknames.tsv: ben -> benjamin, variant 0.9: (0.9 + 1) / 2
        assertThat(score("Ben Okafor", "Benjamin Okafor", PartyKind.PERSON)).isCloseTo(0.95, within(1e-6));
        // after a given name, or in a surname-first name with a comma, it stays the particle "son of"
        assertThat(n.prepare("Karim Ben Salem").classes()[1]).isEqualTo(Lexicon.PARTICLE);
        assertThat(n.prepare("BEN SALEM, Karim").classes()[0]).isEqualTo(Lexicon.PARTICLE);
    }
}
