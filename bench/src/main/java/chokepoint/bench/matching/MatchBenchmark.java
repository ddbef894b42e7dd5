package chokepoint.bench.matching;

import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.matching.Candidate;
import chokepoint.designations.domain.matching.IndexedName;
import chokepoint.designations.domain.matching.MatchQuery;
import chokepoint.designations.domain.matching.NameIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matcher speed against the full 2026 CSL (every name and alias), single thread: the indexed
 * matcher ({@code match}) and a brute-force Jaro-Winkler scan of the same corpus
 * ({@code bruteForceJaroWinkler}). Queries: the 50k negatives' full names interleaved with the
 * noisy UN queries (realistic: most screenings find nothing).
 *
 * <p>Run: {@code java -cp ... org.openjdk.jmh.Main MatchBenchmark -bm thrpt,sample -tu us}
 * (see docs/matching.md); shared data from {@code -Dchokepoint.shared.dir} or a sibling "shared".
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class MatchBenchmark {

    NameIndex index;
    BruteForceJw brute;
    MatchQuery[] queries;
    String[] names;
    int next;

    @Setup(Level.Trial)
    public void setup() throws Exception {
        Path shared = CslList.sharedDir();
        List<IndexedName> list = CslList.load(shared.resolve("data/lists/csl/consolidated-2026-07-31.csv"));
        index = new NameIndex();
        index.bulkLoad(list);
        brute = new BruteForceJw(list);
        Csv neg = Csv.read(shared.resolve("data/eval/negatives-us-50k.csv"));
        Csv noisy = Csv.read(shared.resolve("data/eval/un-persons-noisy-queries.csv"));
        List<String> q = new ArrayList<>();
        int cn = neg.col("full_name");
        int cq = noisy.col("query_name");
        for (int i = 0; i < neg.rows.size(); i++) {
            q.add(Csv.get(neg.rows.get(i), cn));
            if (i % 10 == 0 && i / 10 < noisy.rows.size()) {
                q.add(Csv.get(noisy.rows.get(i / 10), cq));
            }
        }
        names = q.toArray(new String[0]);
        queries = new MatchQuery[names.length];
        for (int i = 0; i < names.length; i++) {
            queries[i] = new MatchQuery(names[i], PartyKind.UNKNOWN, List.of(), List.of(), Set.of(), 10, null);
        }
    }

    @Benchmark
    public List<Candidate> match() {
        int i = next++;
        if (next == queries.length) {
            next = 0;
        }
        return index.match(queries[i]);
    }

    @Benchmark
    public String[] bruteForceJaroWinkler() {
        int i = next++;
        if (next == names.length) {
            next = 0;
        }
        return brute.search(names[i], 10);
    }
}
