package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/**
 * Session 4: a short word one letter edit from the legal form the other name states, standing
 * where legal forms stand (first or last word), is that legal form mistyped: it matches it and
 * weighs like it. Organisations only. Examples are invented.
 */
class LegalFormTypoTest {

    private final NameComparator cmp = new NameComparator();

    private Comparison org(String a, String b) {
        return cmp.compare(a, b, PartyKind.ORGANIZATION);
    }

    @Test
    void mistypedLegalFormIsTheLegalForm() {
        for (String[] p : new String[][] {
                {"Brandtwerk Maschinen AG", "Brandtwerk Maschinen AGG"},
                {"Brandtwerk Maschinen GmbH", "Brandtwerk Maschinen GmbG"},
                {"Lindqvist Shipping LLC", "Lindqvist Shipping LLLC"}}) {
            Comparison c = org(p[0], p[1]);
            assertThat(c.band()).as("%s | %s: %s", p[0], p[1], c.explanation()).isEqualTo(Band.MATCH);
        }
    }

    @Test
    void notForPersonsNorInsideTheName() {
        // a person's surname that looks like a legal form is a name
        assertThat(cmp.compare("Anna Ag", "Anna Agu", PartyKind.PERSON).band()).isNotEqualTo(Band.MATCH);
        // a word inside the name is not where a legal form stands
        assertThat(org("Brandtwerk AGX Maschinen", "Brandtwerk AG Maschinen").band()).isNotEqualTo(Band.MATCH);
    }

    @Test
    void anotherLegalFormIsStillAnotherEntity() {
        assertThat(org("Brandtwerk Maschinen AG", "Brandtwerk Maschinen GmbH").band()).isNotEqualTo(Band.MATCH);
    }
}
