package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import org.junit.jupiter.api.Test;

/** Session 3 rules for organisation names (docs/matching.md); invented examples. */
class OrganisationWordsTest {

    private final NameComparator cmp = new NameComparator();

    private double score(String a, String b, PartyKind kind) {
        return cmp.compare(a, b, kind).score();
    }

    @Test
    void companyWordsSubstitutedOnBothSidesAreAnotherCompany() {
        // Solutions and Enterprises are both common company words: matched words carry the score, the
        // swap costs like a substituted name word (-0.1)
        double swapped = score("Quillfeather Solutions", "Quillfeather Enterprises", PartyKind.ORGANIZATION);
        double added = score("Quillfeather Solutions", "Quillfeather", PartyKind.ORGANIZATION);
        assertThat(cmp.compare("Quillfeather Solutions", "Quillfeather Enterprises", PartyKind.ORGANIZATION).explanation())
                .anyMatch(e -> e.startsWith("company words differ on both sides"));
        assertThat(cmp.compare("Quillfeather Solutions", "Quillfeather", PartyKind.ORGANIZATION).explanation())
                .noneMatch(e -> e.startsWith("company words differ"));
        assertThat(swapped).isLessThan(added);
        // persons are not concerned
        assertThat(cmp.compare("Anna Solutions", "Anna Enterprises", PartyKind.PERSON).explanation())
                .noneMatch(e -> e.startsWith("company words differ"));
    }

    @Test
    void aCountryNameOnOneSideIsANationalSubsidiary() {
        // Kestrel Freight Peru vs Kestrel Freight: the national company is another legal entity
        assertThat(NameScorer.COUNTRIES).contains("peru", "mexico", "sweden", "germany").doesNotContain("europe", "asia");
        assertThat(cmp.compare("Kestrel Freight Peru S.A.", "Kestrel Freight S.A.", PartyKind.ORGANIZATION).explanation())
                .anyMatch(e -> e.startsWith("a country name on one side only"));
        assertThat(cmp.compare("Kestrel Freight Peru S.A.", "Kestrel Freight S.A.", PartyKind.ORGANIZATION).band()).isNotEqualTo(Band.MATCH);
        // the same country on both sides, a regional qualifier (Europe), or a person: no penalty
        assertThat(cmp.compare("Kestrel Freight Peru", "Kestrel Freight Peru S.A.", PartyKind.ORGANIZATION).explanation())
                .noneMatch(e -> e.startsWith("a country name"));
        assertThat(cmp.compare("Kestrel Freight Europe", "Kestrel Freight", PartyKind.ORGANIZATION).explanation())
                .noneMatch(e -> e.startsWith("a country name"));
        assertThat(cmp.compare("Jordan Kestrel Smith", "Kestrel Smith", PartyKind.PERSON).explanation())
                .noneMatch(e -> e.startsWith("a country name"));
    }
}
