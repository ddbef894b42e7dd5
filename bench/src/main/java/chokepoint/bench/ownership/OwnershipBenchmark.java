package chokepoint.bench.ownership;

import chokepoint.designations.domain.ownership.DeclaredOwner;
import chokepoint.designations.domain.ownership.EntityOwnershipStatus;
import chokepoint.designations.domain.ownership.Listing;
import chokepoint.designations.domain.ownership.OwnershipConfig;
import chokepoint.designations.domain.ownership.OwnershipEngine;
import chokepoint.designations.domain.ownership.Stake;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ownership rules on a seeded synthetic graph of 1,000,000 stakes over 300,000 entities.
 * Kept short (2 cores shared): 1 fork, 2 warmup + 3 measured iterations.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class OwnershipBenchmark {
    static final int ENTITIES = 300_000;
    static final int EDGES = 1_000_000;
    static final long SEED = 20261127L;

    SyntheticOwnershipGraph graph;
    OwnershipEngine engine;
    SplittableRandom rnd;
    List<String> blockedIds;
    int counter;

    @Setup(Level.Trial)
    public void generate() {
        graph = SyntheticOwnershipGraph.generate(SEED, ENTITIES, EDGES);
        rnd = new SplittableRandom(SEED + 1);
    }

    @Setup(Level.Iteration)
    public void buildEngine() {
        engine = OwnershipEngine.build(SyntheticOwnershipGraph.AS_OF, graph.stakes, graph.listings, List.of(),
                OwnershipConfig.defaults());
        blockedIds = new ArrayList<>();
        for (String id : graph.ids) {
            if (engine.isBlocked(id)) {
                blockedIds.add(id);
            }
        }
    }

    /** Full status of every entity: load 1M stakes, OFAC 50% and Affiliates fixpoints, policies. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 5, batchSize = 1)
    public int[] fullCompute() {
        OwnershipEngine e = OwnershipEngine.build(SyntheticOwnershipGraph.AS_OF, graph.stakes, graph.listings, List.of(),
                OwnershipConfig.defaults());
        return e.derivedCounts();
    }

    /** One new stake from a blocked entity (50%) into a random entity, propagated downstream. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<String> incrementalStake() {
        String owner = blockedIds.get(rnd.nextInt(blockedIds.size()));
        String owned = graph.ids[rnd.nextInt(graph.ids.length)];
        return engine.addStake(new Stake(owner, owned, new BigDecimal("50"), SyntheticOwnershipGraph.START, null, "bench"));
    }

    /** One new designation (blocking SDN under a 744.8(a)(1) program) of a random entity, propagated downstream. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<String> incrementalDesignation() {
        String id = graph.ids[rnd.nextInt(graph.ids.length)];
        return engine.addListing(Listing.sdn(id, "B-" + (counter++), SyntheticOwnershipGraph.START, "SDGT"));
    }

    /** One screening: a new party with 20 declared owners (graph ids, some blocked), full explanation. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EntityOwnershipStatus screening20DeclaredOwners() {
        List<DeclaredOwner> owners = new ArrayList<>(20);
        for (int i = 0; i < 20; i++) {
            String id = i % 4 == 0 ? blockedIds.get(rnd.nextInt(blockedIds.size())) : graph.ids[rnd.nextInt(graph.ids.length)];
            owners.add(new DeclaredOwner(id, new BigDecimal("4.5")));
        }
        return engine.screen("CUSTOMER-" + (counter++), owners, List.of());
    }
}
