package chokepoint.prohibition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixtures shaped like the real entries. Names and Federal Register citations follow the seed paper's
 * scenario (the labs it names) and the published Entity List format (License Requirement "For all items
 * subject to the EAR", License Review Policy "Presumption of denial"); the designation ids are invented.
 */
final class Fixtures {
    static final LocalDate PHASE1_LISTED = LocalDate.of(2026, 3, 2);
    static final LocalDate ASOF = LocalDate.of(2026, 4, 1);

    private Fixtures() {
    }

    static Designation deepSeekOnEntityList() {
        return new Designation("EL-DEEPSEEK", "ENTITY_LIST", List.of(),
                "Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd.",
                "For all items subject to the EAR. (See \u00a7744.11 of the EAR)",
                LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, "Presumption of denial.", List.of("91 FR 10001, 3/2/26"),
                PHASE1_LISTED, PHASE1_LISTED, null, "BIS", "ENTITY_LIST@2026-03-02");
    }

    static Designation zhipuOnEntityList() {
        return new Designation("EL-ZHIPU", "ENTITY_LIST", List.of(), "Beijing Zhipu Huazhang Technology Co., Ltd.",
                "For all items subject to the EAR.", LicenseReviewPolicy.PRESUMPTION_OF_DENIAL,
                "Presumption of denial.", List.of("90 FR 3687, 1/16/25"), LocalDate.of(2025, 1, 16),
                LocalDate.of(2025, 1, 16), null, "BIS", "ENTITY_LIST@2025-01-16");
    }

    static Designation sdn(String id, String name, LocalDate from, String... programs) {
        return Designation.of(id, "SDN", name, from).withPrograms(programs);
    }

    static Designation onList(String list, String id, String name, LocalDate from) {
        return Designation.of(id, list, name, from);
    }

    static List<ListStatus> freshLists() {
        return ScreeningConfig.DEFAULT_REQUIRED_LISTS.stream().map(ListStatus::fresh).toList();
    }

    /** Every required list fresh, except {@code replacement}'s list, which has that status instead. */
    static List<ListStatus> freshListsExcept(ListStatus replacement) {
        List<ListStatus> lists = new ArrayList<>(freshLists());
        lists.removeIf(l -> l.list().equals(replacement.list()));
        lists.add(replacement);
        return lists;
    }

    static FactsBuilder facts() {
        return new FactsBuilder();
    }

    static Decision evaluate(ServiceRequest service, Customer customer, PartyFacts facts, LocalDate asOf) {
        return new ScreeningPolicy(ScreeningConfig.defaults()).evaluate(service, customer, facts, asOf,
                DefaultPrograms.builtIn());
    }

    static Decision evaluate(ServiceType type, PartyFacts facts, LocalDate asOf) {
        return evaluate(ServiceRequest.of(type), Customer.named("Customer"), facts, asOf);
    }

    static final class FactsBuilder {
        private final List<Hit> hits = new ArrayList<>();
        private final List<DerivedStatus> derived = new ArrayList<>();
        private final List<RedFlag> flags = new ArrayList<>();
        private List<ListStatus> lists = freshLists();

        FactsBuilder hit(Hit h) {
            hits.add(h);
            return this;
        }

        FactsBuilder match(Designation d) {
            return hit(Hit.match(d, d.name(), 0.98));
        }

        FactsBuilder derived(DerivedStatus s) {
            derived.add(s);
            return this;
        }

        FactsBuilder flag(RedFlag f) {
            flags.add(f);
            return this;
        }

        FactsBuilder lists(List<ListStatus> l) {
            this.lists = l;
            return this;
        }

        PartyFacts build() {
            return new PartyFacts(hits, derived, flags, lists, null);
        }
    }
}
