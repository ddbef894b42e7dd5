package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 4, compliance decision: a name identical except for one swapped series or vintage number,
 * with at least three other ordinary words all matching, is a sibling entity (another fund of the
 * same series, another vintage of the same trust). An analyst must see it, so it scores in the
 * POSSIBLE band, but another number is another legal entity, so it never reaches MATCH. Examples
 * are invented.
 */
class SeriesNumberTest {

    private final NameComparator cmp = new NameComparator();

    private Comparison org(String a, String b) {
        return cmp.compare(a, b, PartyKind.ORGANIZATION);
    }

    @Test
    void swappedSeriesNumberIsPossibleNotMatch() {
        for (String[] p : new String[][] {
                {"Harbor Lane Growth Partners V L.P.", "Harbor Lane Growth Partners VI L.P."},
                {"Harbor Lane Growth Fund III L.P.", "Harbor Lane Growth Fund IV L.P."},
                {"Harbor Lane Growth Fund X", "Harbor Lane Growth Fund XI"},
                {"Redwood Valley Home Loan Trust 2011-2", "Redwood Valley Home Loan Trust 2012-2"},
                {"Northwind Blue Sky Vessel 7", "Northwind Blue Sky Vessel 8"}}) {
            Comparison c = org(p[0], p[1]);
            assertThat(c.band()).as("%s | %s: %s", p[0], p[1], c.explanation()).isEqualTo(Band.POSSIBLE);
            assertThat(c.score()).isLessThanOrEqualTo(NameScorer.SERIES_CAP);
            assertThat(c.explanation()).anyMatch(e -> e.contains("series number differs"));
        }
    }

    @Test
    void indexEvidenceCannotLiftASiblingToMatch() {
        // kind agreement (+0.01) and country overlap (+0.02) on top of the cap stay below MATCH
        assertThat(NameScorer.SERIES_CAP + 0.03).isLessThan(MatchConfig.defaults().matchThreshold());
        assertThat(NameScorer.SERIES_CAP).isGreaterThanOrEqualTo(MatchConfig.defaults().possibleThreshold());
    }

    @Test
    void shortNamesWithAnotherNumberStayBelowPossible() {
        assertThat(org("Brigade 44", "Brigade 45").band()).isEqualTo(Band.NO_MATCH);
        // two ordinary words are not enough context
        assertThat(org("Eastern Brigade 44", "Eastern Brigade 45").band()).isEqualTo(Band.NO_MATCH);
        // the legal form does not count as one of the three words
        assertThat(org("Delta Fund 4 Ltd", "Delta Fund 5 Ltd").band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void onlyOneSwappedNumberAndEverythingElseMatching() {
        // a second difference (another word) is not a sibling of the same series
        assertThat(org("Harbor Lane Growth Fund 4", "Harbor Lane Income Fund 5").band()).isEqualTo(Band.NO_MATCH);
        // two numbers swapped
        assertThat(org("Redwood Valley Home Trust 2011-2", "Redwood Valley Home Trust 2012-3").band()).isEqualTo(Band.NO_MATCH);
        // a different legal form is another entity anyway
        assertThat(org("Harbor Lane Growth Fund 4 AG", "Harbor Lane Growth Fund 5 GmbH").band()).isEqualTo(Band.NO_MATCH);
    }

    @Test
    void aRomanLetterIsASeriesNumberOnlyAtTheEndOfTheName() {
        String[] t = {"harbor", "v", "growth", "fund"};
        byte[] c = new byte[4];
        assertThat(NameScorer.seriesNumber(t, c, 1)).isFalse(); // a middle initial
        String[] u = {"harbor", "growth", "fund", "v", "lp"};
        byte[] d = {Lexicon.NORMAL, Lexicon.NORMAL, Lexicon.GENERIC, Lexicon.NORMAL, Lexicon.LEGAL};
        assertThat(NameScorer.seriesNumber(u, d, 3)).isTrue();
        assertThat(NameScorer.seriesNumber(new String[] {"v", "lp"}, new byte[] {0, Lexicon.LEGAL}, 0)).isFalse();
        assertThat(NameScorer.seriesNumber(new String[] {"fund", "2011"}, new byte[2], 1)).isTrue();
        // a person's initial at the end is not a numeral unless it spells one
        assertThat(NameScorer.seriesNumber(new String[] {"anna", "k"}, new byte[2], 1)).isFalse();
    }

    @Test
    void aSeriesNumberOnOneSideOnlyIsASiblingToo() {
        for (String[] p : new String[][] {
                {"Harbor Lane Growth Fund II L.P.", "Harbor Lane Growth Fund L.P."},
                {"Northwind Global Solutions Denmark A/S", "Northwind Global Solutions 3 Denmark A/S"}}) {
            Comparison c = org(p[0], p[1]);
            assertThat(c.band()).as("%s | %s: %s", p[0], p[1], c.explanation()).isEqualTo(Band.POSSIBLE);
            assertThat(c.explanation()).anyMatch(e -> e.contains("series number on one side only"));
        }
        // number one is the series' first entity, often named without it
        assertThat(org("Harbor Lane Growth Fund I L.P.", "Harbor Lane Growth Fund L.P.").band()).isEqualTo(Band.MATCH);
        // persons have no series: a number there is covered by the number rules, not this one
        assertThat(cmp.compare("Harbor Lane Growth Fund II", "Harbor Lane Growth Fund", PartyKind.PERSON).explanation())
                .noneMatch(e -> e.contains("series number on one side only"));
    }

    @Test
    void sameNumberStillMatches() {
        assertThat(org("Harbor Lane Growth Fund VI L.P.", "Harbor Lane Growth Fund 6 LP").band()).isEqualTo(Band.MATCH);
    }

    @Test
    void inAnIndexAgreeingKindAndCountryKeepASiblingPossible() {
        NameIndex idx = new NameIndex();
        idx.upsert(new IndexedName("f6", "d6", "EL", PartyKind.ORGANIZATION, "Harbor Lane Growth Fund VI L.P.",
                List.of("Harbor Lane Growth Fund VI L.P."), List.of(), List.of("KY"), List.of(), null, null));
        List<Candidate> c = idx.match(new MatchQuery("Harbor Lane Growth Fund V L.P.", PartyKind.ORGANIZATION, List.of("KY"),
                List.of(), Set.of(), 10, null));
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).entryKey()).isEqualTo("f6");
        assertThat(c.get(0).band()).as("%s", c.get(0).explanation()).isEqualTo(Band.POSSIBLE);
    }
}
