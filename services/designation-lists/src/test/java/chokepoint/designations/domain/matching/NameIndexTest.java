package chokepoint.designations.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chokepoint.designations.domain.Identifier;
import chokepoint.designations.domain.PartyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static IndexedName entry(String key, String list, PartyKind kind, List<String> names) {
        return new IndexedName(key, key, list, kind, names.get(0), names, List.of(), List.of(), List.of(), null, null);
    }

    private static MatchQuery q(String name) {
        return MatchQuery.of(name);
    }

    @Test
    void hanziDeepSeekNameFindsEnglishEntityWhenListHasIt() {
        NameIndex idx = new NameIndex();
        idx.upsert(entry("ds", "EL", PartyKind.ORGANIZATION,
                List.of("Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.")));
        idx.upsert(entry("other", "EL", PartyKind.ORGANIZATION, List.of("Hangzhou Hikvision Digital Technology Co., Ltd.")));
        List<Candidate> c = idx.match(q("杭州深度求索人工智能基础技术研究有限公司"));
        assertThat(c.get(0).entryKey()).isEqualTo("ds");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c.get(0).explanation()).anyMatch(e -> e.contains("Chinese words translated"));
    }

    @Test
    void identifierMatchIsDecisive() {
        NameIndex idx = new NameIndex();
        idx.upsert(new IndexedName("e1", "d1", "EL", PartyKind.ORGANIZATION, "Alpha Trading LLC", List.of("Alpha Trading LLC"),
                List.of(), List.of("CN"), List.of(new Identifier("USCC", "91110108MA01KP2T0U", "CN")), null, null));
        List<Candidate> c = idx.match(new MatchQuery("Completely Different Name", null, List.of(),
                List.of(new Identifier("USCC", "91110108-MA01KP2T0U", "CN")), Set.of(), 10, null));
        assertThat(c.get(0).entryKey()).isEqualTo("e1");
        assertThat(c.get(0).score()).isEqualTo(1.0);
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c.get(0).explanation().get(0)).contains("identifier match");
    }

    @Test
    void asOfExcludesEntriesOutsideTheirEffectivePeriod() {
        NameIndex idx = new NameIndex();
        idx.upsert(new IndexedName("e1", "d1", "EL", PartyKind.PERSON, "Ivan Petrov", List.of("Ivan Petrov"), List.of(),
                List.of(), List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)));
        assertThat(idx.match(new MatchQuery("Ivan Petrov", null, List.of(), List.of(), Set.of(), 10, LocalDate.of(2026, 3, 1))))
                .extracting(Candidate::entryKey).containsExactly("e1");
        assertThat(idx.match(new MatchQuery("Ivan Petrov", null, List.of(), List.of(), Set.of(), 10, LocalDate.of(2026, 6, 1))))
                .isEmpty();
        assertThat(idx.match(new MatchQuery("Ivan Petrov", null, List.of(), List.of(), Set.of(), 10, null))).hasSize(1);
    }

    @Test
    void kindAndCountryAreEvidenceNotFilters() {
        NameIndex idx = new NameIndex();
        idx.upsert(new IndexedName("e1", "d1", "SDN", PartyKind.ORGANIZATION, "Ivan Petrov", List.of("Ivan Petrov"), List.of(),
                List.of("RU"), List.of(), null, null));
        Candidate same = idx.match(new MatchQuery("Ivan Petrov", PartyKind.ORGANIZATION, List.of("RU"), List.of(), Set.of(), 10, null)).get(0);
        Candidate other = idx.match(new MatchQuery("Ivan Petrov", PartyKind.PERSON, List.of("FR"), List.of(), Set.of(), 10, null)).get(0);
        assertThat(other.entryKey()).isEqualTo("e1");
        assertThat(other.score()).isLessThan(same.score());
        assertThat(other.explanation()).anyMatch(e -> e.contains("kind differs")).anyMatch(e -> e.contains("country differs"));
    }

    @Test
    void upsertReplacesAndRemoveDeletes() {
        NameIndex idx = new NameIndex();
        idx.bulkLoad(List.of(entry("a", "EL", PartyKind.ORGANIZATION, List.of("Sophgo Technologies Ltd.")),
                entry("b", "EL", PartyKind.ORGANIZATION, List.of("Inspur Group Co., Ltd."))));
        assertThat(idx.size()).isEqualTo(2);
        idx.upsert(entry("a", "EL", PartyKind.ORGANIZATION, List.of("Biren Technology Co., Ltd.")));
        assertThat(idx.size()).isEqualTo(2);
        assertThat(idx.match(q("Sophgo Technologies Ltd."))).noneMatch(c -> c.band() == Band.MATCH);
        assertThat(idx.match(q("Biren Technology")).get(0).entryKey()).isEqualTo("a");
        idx.remove("a");
        assertThat(idx.size()).isEqualTo(1);
        assertThat(idx.match(q("Biren Technology"))).noneMatch(c -> c.entryKey().equals("a"));
        assertThat(idx.match(q("Inspur Group")).get(0).entryKey()).isEqualTo("b");
    }

    @Test
    void batchUpdateAppliesUpsertsAndRemovalsTogether() {
        NameIndex idx = new NameIndex();
        idx.bulkLoad(List.of(entry("a", "EL", PartyKind.ORGANIZATION, List.of("Sugon Information Industry Co., Ltd.")),
                entry("b", "EL", PartyKind.ORGANIZATION, List.of("Inspur Group Co., Ltd."))));
        List<IndexedName> ups = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            ups.add(entry("n" + i, "EL", PartyKind.ORGANIZATION, List.of("Entity Number" + i + " Trading")));
        }
        ups.add(entry("moore", "EL", PartyKind.ORGANIZATION, List.of("Moore Thread Intelligent Technology (Beijing) Co., Ltd.")));
        idx.update(ups, List.of("a"));
        assertThat(idx.size()).isEqualTo(1 + 1501);
        assertThat(idx.match(q("Moore Thread Intelligent Technology")).get(0).entryKey()).isEqualTo("moore");
        assertThat(idx.match(q("Sugon Information Industry"))).noneMatch(c -> c.entryKey().equals("a"));
        assertThat(idx.match(q("Inspur Group")).get(0).entryKey()).isEqualTo("b");
    }

    @Test
    void weakAliasGivesAtMostPossible() {
        NameIndex idx = new NameIndex();
        idx.upsert(new IndexedName("e1", "d1", "SDN", PartyKind.PERSON, "Abdul Rahman Yasin", List.of("Abdul Rahman Yasin", "Aboud Yasin"),
                List.of(false, true), List.of(), List.of(), null, null));
        Candidate c = idx.match(q("Aboud Yasin")).get(0);
        assertThat(c.matchedName()).isEqualTo("Aboud Yasin");
        assertThat(c.band()).isEqualTo(Band.POSSIBLE);
    }

    @Test
    void readersKeepWorkingWhileWritersUpdate() throws Exception {
        NameIndex idx = new NameIndex();
        List<IndexedName> base = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            base.add(entry("k" + i, "EL", PartyKind.ORGANIZATION, List.of("Company Number" + i + " Holdings")));
        }
        base.add(entry("target", "EL", PartyKind.ORGANIZATION, List.of("Cambricon Technologies Corporation Limited")));
        idx.bulkLoad(base);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 600; i++) {
                idx.upsert(entry("w" + (i % 300), "EL", PartyKind.ORGANIZATION, List.of("Writer Entity " + i)));
                if (i % 3 == 0) {
                    idx.remove("w" + ((i + 150) % 300));
                }
            }
        });
        writer.start();
        try {
            while (writer.isAlive()) {
                assertThat(idx.match(q("Cambricon Technologies")).get(0).entryKey()).isEqualTo("target");
            }
        } catch (Throwable t) {
            failure.set(t);
        }
        writer.join();
        assertThat(failure.get()).isNull();
        assertThat(idx.match(q("Cambricon Technologies")).get(0).entryKey()).isEqualTo("target");
    }

    @Test
    void invalidQueryNamesFailWithReason() {
        NameIndex idx = new NameIndex();
        idx.upsert(entry("a", "EL", PartyKind.ORGANIZATION, List.of("Sugon")));
        assertReason(idx, "", InvalidNameException.Reason.EMPTY);
        assertReason(idx, "   \t ", InvalidNameException.Reason.EMPTY);
        assertReason(idx, "-- ., !!", InvalidNameException.Reason.EMPTY);
        assertReason(idx, "Sug\u0000on", InvalidNameException.Reason.CONTROL_CHARACTER);
        assertReason(idx, "Sugon\uD800", InvalidNameException.Reason.LONE_SURROGATE);
        assertReason(idx, "\uDC00Sugon", InvalidNameException.Reason.LONE_SURROGATE);
        assertReason(idx, "a".repeat(1001), InvalidNameException.Reason.TOO_LONG);
        assertReason(idx, null, InvalidNameException.Reason.NULL);
    }

    @Test
    void veryLongButValidNameFinishesQuickly() {
        NameIndex idx = new NameIndex();
        idx.upsert(entry("a", "EL", PartyKind.ORGANIZATION, List.of("Sugon Information Industry Co., Ltd.")));
        String longName = "Sugon Information Industry ".repeat(36);
        long t0 = System.nanoTime();
        assertThat(idx.match(q(longName))).isNotNull();
        assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
    }

    @Test
    void chineseTranscriptionOfAForeignNameFindsTheLatinEntry() {
        NameIndex idx = new NameIndex();
        idx.bulkLoad(List.of(entry("ok", "SDN", PartyKind.PERSON, List.of("KAMAL, Omar")),
                entry("oh", "SDN", PartyKind.PERSON, List.of("HASSAN, Omar")),
                entry("km", "SDN", PartyKind.PERSON, List.of("KAMALI, Reza"))));
        List<Candidate> c = idx.match(q("奥马尔·卡迈勒"));
        assertThat(c.get(0).entryKey()).isEqualTo("ok");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
        assertThat(c).filteredOn(x -> !x.entryKey().equals("ok")).noneMatch(x -> x.band() == Band.MATCH);
        // retrieval reads the transcription as Chinese hears it: r written l, an initial o written ao
        assertThat(HanTranscription.readings("aomaer")).contains("omaer");
        assertThat(HanTranscription.readings("beilake")).contains("beirake");
    }

    @Test
    void scriptWithoutTransliteratorStillMatchesItself() {
        NameIndex idx = new NameIndex();
        // Ugaritic letters: ICU has no transliterator to Latin; normalized matching still applies
        idx.upsert(entry("u", "X", PartyKind.UNKNOWN, List.of("\uD800\uDF80\uD800\uDF81\uD800\uDF82 \uD800\uDF83\uD800\uDF84\uD800\uDF85")));
        List<Candidate> c = idx.match(q("\uD800\uDF80\uD800\uDF81\uD800\uDF82 \uD800\uDF83\uD800\uDF84\uD800\uDF85"));
        assertThat(c.get(0).entryKey()).isEqualTo("u");
        assertThat(c.get(0).band()).isEqualTo(Band.MATCH);
    }

    private static void assertReason(NameIndex idx, String name, InvalidNameException.Reason reason) {
        assertThatThrownBy(() -> idx.match(q(name)))
                .isInstanceOfSatisfying(InvalidNameException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
