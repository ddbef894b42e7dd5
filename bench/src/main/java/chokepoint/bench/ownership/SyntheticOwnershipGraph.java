package chokepoint.bench.ownership;

import chokepoint.designations.domain.LicenseReviewPolicy;
import chokepoint.designations.domain.ownership.Listing;
import chokepoint.designations.domain.ownership.Stake;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ownership graph: {@code entities} ids "E0".."En", {@code edges} stakes between
 * random pairs (cycles and repeated owner/owned pairs occur, as in real registry data). About 15% of
 * stakes are majority stakes (50-100%), the rest 0.01-30%; 1 in 50 percentages unknown; 1% of
 * entities are blocking SDNs, 1% Entity List, 0.2% MEU. Percentages are exact decimals with 2 places.
 */
public final class SyntheticOwnershipGraph {
    public static final LocalDate START = LocalDate.of(2024, 1, 1);
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    public final List<Stake> stakes;
    public final List<Listing> listings;
    public final String[] ids;

    private SyntheticOwnershipGraph(List<Stake> stakes, List<Listing> listings, String[] ids) {
        this.stakes = stakes;
        this.listings = listings;
        this.ids = ids;
    }

    public static SyntheticOwnershipGraph generate(long seed, int entities, int edges) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] ids = new String[entities];
        for (int i = 0; i < entities; i++) {
            ids[i] = "E" + i;
        }
        BigDecimal[] pcts = new BigDecimal[10001];
        for (int i = 1; i <= 10000; i++) {
            pcts[i] = BigDecimal.valueOf(i, 2);
        }
        List<Stake> stakes = new ArrayList<>(edges);
        for (int k = 0; k < edges; k++) {
            int a = r.nextInt(entities);
            int b = r.nextInt(entities);
            if (a == b) {
                b = (b + 1) % entities;
            }
            BigDecimal p;
            int roll = r.nextInt(100);
            if (roll < 2) {
                p = null;
            } else if (roll < 17) {
                p = pcts[5000 + r.nextInt(5001)];
            } else {
                p = pcts[1 + r.nextInt(3000)];
            }
            stakes.add(new Stake(ids[a], ids[b], p, START, null, "synthetic"));
        }
        List<Listing> listings = new ArrayList<>();
        LicenseReviewPolicy[] pol = LicenseReviewPolicy.values();
        for (int i = 0; i < entities; i++) {
            int roll = r.nextInt(1000);
            if (roll < 10) {
                listings.add(Listing.sdn(ids[i], "SDN-" + i, START, roll < 5 ? "SDGT" : "CYBER2"));
            } else if (roll < 20) {
                listings.add(Listing.entityList(ids[i], "EL-" + i, "All items subject to the EAR", pol[1 + r.nextInt(pol.length - 1)], START));
            } else if (roll < 22) {
                listings.add(new Listing(ids[i], Listing.MEU, "MEU-" + i, java.util.Set.of(), false,
                        "Items in Supp. 2 to part 744", LicenseReviewPolicy.PRESUMPTION_OF_DENIAL, START, null));
            }
        }
        return new SyntheticOwnershipGraph(stakes, listings, ids);
    }
}
