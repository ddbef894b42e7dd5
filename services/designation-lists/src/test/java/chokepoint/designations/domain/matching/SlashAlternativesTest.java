package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 3: list names written "A/B" are also their parts (docs/matching.md); invented names. */
class SlashAlternativesTest {

    @Test
    void onlySlashesBetweenWordsSplit() {
        assertThat(TextNormalizer.alternatives("Northern Lynx Brigade/Eastern Shield Army"))
                .containsExactly("Northern Lynx Brigade", "Eastern Shield Army");
        assertThat(TextNormalizer.alternatives("Red Kite Front / Grey Owl Party")).containsExactly("Red Kite Front", "Grey Owl Party");
        assertThat(TextNormalizer.alternatives("Maersk Line A/S")).isEmpty();     // legal form
        assertThat(TextNormalizer.alternatives("Unit 140/14")).isEmpty();          // a number
        assertThat(TextNormalizer.alternatives("John Smith c/o Acme")).isEmpty();  // one letter
        assertThat(TextNormalizer.alternatives("Plain Name")).isEmpty();
    }

    @Test
    void comparatorTakesTheBestPart() {
        NameComparator cmp = new NameComparator();
        Comparison c = cmp.compare("Eastern Shield Army", "Northern Lynx Brigade/Eastern Shield Army", PartyKind.ORGANIZATION);
        assertThat(c.band()).isEqualTo(Band.MATCH);
        assertThat(c.explanation()).anyMatch(e -> e.contains("part \"Eastern Shield Army\""));
        // a part made of common company words only is not an alternative name
        Comparison d = cmp.compare("Export Corporation", "Lynx Machinery Import/Export Corporation", PartyKind.ORGANIZATION);
        assertThat(d.band()).isNotEqualTo(Band.MATCH);
    }

    @Test
    void indexFindsAPartAndReportsTheListedName() {
        NameIndex idx = new NameIndex();
        String listed = "Northern Lynx Brigade/Eastern Shield Army";
        idx.upsert(new IndexedName("nlb", "nlb", "EL", PartyKind.ORGANIZATION, listed, List.of(listed), List.of(), List.of(),
                List.of(), null, null));
        idx.upsert(new IndexedName("x", "x", "EL", PartyKind.ORGANIZATION, "Western Shield Holdings", List.of("Western Shield Holdings"),
                List.of(), List.of(), List.of(), null, null));
        List<Candidate> c = idx.match(new MatchQuery("Eastern Shield Army", PartyKind.ORGANIZATION, List.of(), List.of(),
                java.util.Set.of(), 10, null));
        assertThat(c.get(0).entryKey()).isEqualTo("nlb");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c.get(0).matchedName()).isEqualTo(listed);
        assertThat(c.get(0).explanation()).anyMatch(e -> e.contains("part \"Eastern Shield Army\""));
    }
}
