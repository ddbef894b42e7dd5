package chokepoint.designations.domain.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import chokepoint.designations.domain.LicenseReviewPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Properties of the fixpoint on random small graphs (cycles, self-stakes, unknowns included). */
class OwnershipEngineProperties {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1); // Affiliates Rule in force
    static final String[] PCTS = {"5", "10", "20", "25", "30", "33.33", "40", "49.99", "50", "60", "100"};

    record Facts(List<Stake> stakes, List<Listing> listings, List<String> ids) {
    }

    static Facts random(long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(12);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("E" + i);
        }
        List<Stake> stakes = new ArrayList<>();
        int m = r.nextInt(3 * n);
        for (int k = 0; k < m; k++) {
            String a = ids.get(r.nextInt(n));
            String b = ids.get(r.nextInt(n));
            stakes.add(r.nextInt(8) == 0 ? Stake.unknown(a, b, START) : Stake.of(a, b, PCTS[r.nextInt(PCTS.length)], START));
        }
        List<Listing> listings = new ArrayList<>();
        LicenseReviewPolicy[] ps = LicenseReviewPolicy.values();
        for (String id : ids) {
            switch (r.nextInt(6)) {
                case 0 -> listings.add(Listing.sdn(id, "S-" + id, START, r.nextBoolean() ? "SDGT" : "CYBER2"));
                case 1 -> listings.add(Listing.entityList(id, "EL-" + id, "req " + id, ps[r.nextInt(ps.length)], START));
                default -> { }
            }
        }
        return new Facts(stakes, listings, ids);
    }

    static OwnershipEngine full(Facts f) {
        return OwnershipEngine.build(AS_OF, f.stakes, f.listings, List.of(), OwnershipConfig.defaults());
    }

    static void assertSame(OwnershipEngine a, OwnershipEngine b, List<String> ids) {
        for (String id : ids) {
            assertThat(a.isBlocked(id)).as("blocked " + id).isEqualTo(b.isBlocked(id));
            assertThat(a.isAffiliateRestricted(id)).as("aff " + id).isEqualTo(b.isAffiliateRestricted(id));
            assertThat(a.blockedSumMicros(id)).as("bsum " + id).isEqualTo(b.blockedSumMicros(id));
            assertThat(a.affiliateSumMicros(id)).as("asum " + id).isEqualTo(b.affiliateSumMicros(id));
            assertThat(a.policyOrdinal(id)).as("policy " + id).isEqualTo(b.policyOrdinal(id));
            EntityOwnershipStatus x = a.status(id);
            EntityOwnershipStatus y = b.status(id);
            assertThat(x.blocked().map(s -> s.contributions().stream().map(Contribution::directOwnerId).toList()))
                    .isEqualTo(y.blocked().map(s -> s.contributions().stream().map(Contribution::directOwnerId).toList()));
            assertThat(x.affiliate().map(AffiliateStatus::reviewPolicy)).isEqualTo(y.affiliate().map(AffiliateStatus::reviewPolicy));
            assertThat(x.affiliate().map(AffiliateStatus::inheritedRequirements))
                    .isEqualTo(y.affiliate().map(AffiliateStatus::inheritedRequirements));
            assertThat(x.redFlags().stream().map(RedFlag::code).sorted().toList())
                    .isEqualTo(y.redFlags().stream().map(RedFlag::code).sorted().toList());
        }
    }

    @Property(tries = 300)
    void resultIsIndependentOfTheOrderFactsArriveIn(@ForAll long seed) {
        Facts f = random(seed);
        List<Stake> s2 = new ArrayList<>(f.stakes);
        List<Listing> l2 = new ArrayList<>(f.listings);
        Collections.shuffle(s2, new Random(seed ^ 0x5DEECE66DL));
        Collections.shuffle(l2, new Random(seed + 1));
        assertSame(full(f), full(new Facts(s2, l2, f.ids)), f.ids);
    }

    @Property(tries = 300)
    void incrementalUpdatesEqualFullRecompute(@ForAll long seed) {
        Facts f = random(seed);
        Random r = new Random(seed * 31);
        List<Object> facts = new ArrayList<>(f.stakes);
        facts.addAll(f.listings);
        Collections.shuffle(facts, r);
        int split = facts.isEmpty() ? 0 : r.nextInt(facts.size() + 1);
        List<Stake> s0 = new ArrayList<>();
        List<Listing> l0 = new ArrayList<>();
        for (Object o : facts.subList(0, split)) {
            if (o instanceof Stake s) {
                s0.add(s);
            } else {
                l0.add((Listing) o);
            }
        }
        OwnershipEngine inc = OwnershipEngine.build(AS_OF, s0, l0, List.of(), OwnershipConfig.defaults());
        for (Object o : facts.subList(split, facts.size())) {
            if (o instanceof Stake s) {
                inc.addStake(s);
            } else {
                inc.addListing((Listing) o);
            }
        }
        assertSame(inc, full(f), f.ids);
    }

    @Property(tries = 300)
    void addingABlockedOwnerNeverUnblocksAnyone(@ForAll long seed) {
        Facts f = random(seed);
        Random r = new Random(seed + 7);
        OwnershipEngine before = full(f);
        List<Stake> more = new ArrayList<>(f.stakes);
        String newOwner = "NEW-SDN";
        more.add(Stake.of(newOwner, f.ids.get(r.nextInt(f.ids.size())), PCTS[r.nextInt(PCTS.length)], START));
        List<Listing> ls = new ArrayList<>(f.listings);
        ls.add(Listing.sdn(newOwner, "S-NEW", START, "SDGT"));
        OwnershipEngine after = full(new Facts(more, ls, f.ids));
        for (String id : f.ids) {
            if (before.isBlocked(id)) {
                assertThat(after.isBlocked(id)).as(id).isTrue();
            }
            if (before.isAffiliateRestricted(id)) {
                assertThat(after.isAffiliateRestricted(id)).as(id).isTrue();
            }
        }
    }

    /** Independent oracle: naive Kleene iteration of the rule text over the direct stakes. */
    @Property(tries = 300)
    void blockedSetEqualsNaiveIterationOfTheRule(@ForAll long seed) {
        Facts f = random(seed);
        Set<String> blocked = new HashSet<>();
        f.listings.stream().filter(Listing::blocking).forEach(l -> blocked.add(l.entityId()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String id : f.ids) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Stake s : f.stakes) {
                    if (s.ownedId().equals(id) && !s.ownerId().equals(id) && s.percentKnown() && blocked.contains(s.ownerId())) {
                        sum = sum.add(s.percent());
                    }
                }
                if (sum.compareTo(BigDecimal.valueOf(50)) >= 0 && blocked.add(id)) {
                    changed = true;
                }
            }
        }
        OwnershipEngine e = full(f);
        for (String id : f.ids) {
            assertThat(e.isBlocked(id)).as(id).isEqualTo(blocked.contains(id));
        }
    }
}
