package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.PartyKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queries against the real 2026 Consolidated Screening List (Entity List and SDN entries). */
class RealListMatchingTest {

    private static final String ZHIPU = "Beijing Zhipu Huazhang Technology Co., Ltd.";

    private static List<Candidate> query(String name, PartyKind kind) {
        return CslFixture.index().match(new MatchQuery(name, kind, List.of(), List.of(), Set.of(), 10, null));
    }

    @Test
    void hanziQueryFindsEntityListEntryHeldOnlyInLatin() {
        List<Candidate> c = query("北京智谱华章科技有限公司", PartyKind.ORGANIZATION);
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).primaryName()).isEqualTo(ZHIPU);
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c.get(0).explanation()).anyMatch(e -> e.contains("Han transliterated"));
    }

    @Test
    void zhipuAiAliasFindsTheZhipuEntry() {
        List<Candidate> c = query("Zhipu AI", null);
        assertThat(c.get(0).primaryName()).isEqualTo(ZHIPU);
        assertThat(c.get(0).matchedName()).isEqualTo("Zhipu AI");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
    }

    @Test
    void abbreviatedUppercaseNameFindsTheZhipuEntry() {
        List<Candidate> c = query("BEIJING ZHIPU HUAZHANG TECH CO LTD", PartyKind.ORGANIZATION);
        assertThat(c.get(0).primaryName()).isEqualTo(ZHIPU);
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
    }

    @Test
    void zhipuVenturesGmbhIsNotAMatch() {
        assertThat(query("Zhipu Ventures GmbH", PartyKind.ORGANIZATION))
                .noneMatch(x -> x.band() == Band.MATCH);
    }

    @Test
    void arbitraryTechnologyCompanyIsNotAMatch() {
        for (String name : List.of("Shenzhen Bright Star Technology Co., Ltd.", "Beijing Golden River Technology Co., Ltd.",
                "Global Trading Technology Group Co., Ltd.")) {
            assertThat(query(name, PartyKind.ORGANIZATION)).as(name).noneMatch(x -> x.band() == Band.MATCH);
        }
    }

    @Test
    void cyrillicQueryFindsLatinSdnPerson() {
        List<Candidate> c = query("Пригожин Евгений Викторович", PartyKind.PERSON);
        assertThat(c.get(0).primaryName()).isEqualTo("PRIGOZHIN, Yevgeniy Viktorovich");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        List<Candidate> r = query("Ротенберг Аркадий Романович", PartyKind.PERSON);
        assertThat(r.get(0).primaryName()).isEqualTo("ROTENBERG, Arkady Romanovich");
        assertThat(r.get(0).band()).isEqualTo(Band.MATCH);
    }

    @Test
    void khmerQueriesFindGlobalMagnitskySdnPersonsHeldInLatin() {
        // ICU has no Khmer-Latin; the project's rules (resources/matching/khmer-latin.rules) read
        // ទ្រី ភាព as "tri pheap" and គន់ គីម as "kon kim": SDN "PHEAP, Try" and "KIM, Kun" (GLOMAG)
        List<Candidate> c = query("ទ្រី ភាព", PartyKind.PERSON);
        assertThat(c).isNotEmpty();
        assertThat(c.get(0).primaryName()).isEqualTo("PHEAP, Try");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c.get(0).explanation()).anyMatch(e -> e.contains("Khmer transliterated"));
        List<Candidate> k = query("គន់ គីម", PartyKind.PERSON);
        assertThat(k).isNotEmpty();
        assertThat(k.get(0).primaryName()).isEqualTo("KIM, Kun");
        assertThat(k.get(0).band()).isIn(Band.MATCH, Band.POSSIBLE);
    }

    @Test
    void reorderedSdnPersonNameMatches() {
        List<Candidate> c = query("Arkady Romanovich Rotenberg", PartyKind.PERSON);
        assertThat(c.get(0).primaryName()).isEqualTo("ROTENBERG, Arkady Romanovich");
        assertThat(c.get(0).score()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aliasOfMooreThreadsIsFound() {
        List<Candidate> c = query("Moore Threads", PartyKind.ORGANIZATION);
        assertThat(c.get(0).primaryName()).isEqualTo("Moore Thread Intelligent Technology (Beijing) Co., Ltd.");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
    }

    @Test
    void listFilterRestrictsToRequestedList() {
        String el = "Entity List (EL) - Bureau of Industry and Security";
        List<Candidate> c = CslFixture.index().match(new MatchQuery("Zhipu AI", null, List.of(), List.of(),
                Set.of("Specially Designated Nationals (SDN) - Treasury Department"), 10, null));
        assertThat(c).noneMatch(x -> x.list().equals(el));
    }
}
