package chokepoint.bench.matching;

import chokepoint.designations.domain.PartyKind;
import chokepoint.designations.domain.matching.Band;
import chokepoint.designations.domain.matching.Candidate;
import chokepoint.designations.domain.matching.Comparison;
import chokepoint.designations.domain.matching.IndexedName;
import chokepoint.designations.domain.matching.InvalidNameException;
import chokepoint.designations.domain.matching.MatchConfig;
import chokepoint.designations.domain.matching.MatchQuery;
import chokepoint.designations.domain.matching.NameComparator;
import chokepoint.designations.domain.matching.NameIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the matcher on any file of the three evaluation formats (detected by header):
 * <ul>
 *   <li>name pairs {@code case_group,schema,name1,name2,is_match,...}: precision/recall/F1 at the
 *       MATCH and POSSIBLE thresholds ({@code --sweep} prints F1 for thresholds 0.50..0.95);</li>
 *   <li>noisy queries {@code listed_name,query_name,...}: every listed_name becomes a list entry,
 *       recall@1 and recall@10 of query_name ({@code --brute} adds the brute-force JW baseline);</li>
 *   <li>negatives {@code full_name,...}: share of queries with any POSSIBLE-or-better hit against
 *       {@code --list FILE} (CSL 29-column CSV; default the 2026 CSL in the shared dir).</li>
 * </ul>
 * Prints queries/s (single thread). Options: {@code --match T --possible T --list FILE --show N};
 * for negatives {@code --rounds N} repeats the timed pass (steady state; per-query thread CPU time
 * percentiles are printed next to wall latency, which a shared machine inflates).
 */
public final class EvaluateMatcher {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: EvaluateMatcher <eval.csv> [--list csl.csv] [--match T] [--possible T] [--sweep] [--split] [--brute] [--show N] [--rounds N]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        MatchConfig d = MatchConfig.defaults();
        double match = d.matchThreshold();
        double possible = d.possibleThreshold();
        Path list = null;
        boolean sweep = false;
        boolean brute = false;
        boolean split = false;
        int show = 0;
        int rounds = 1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--match" -> match = Double.parseDouble(args[++i]);
                case "--possible" -> possible = Double.parseDouble(args[++i]);
                case "--list" -> list = Path.of(args[++i]);
                case "--sweep" -> sweep = true;
                case "--brute" -> brute = true;
                case "--split" -> split = true;
                case "--show" -> show = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        MatchConfig cfg = new MatchConfig(match, possible, Integer.getInteger("chokepoint.matching.candidates", d.maxCandidates()),
                d.maxNameLength());
        Csv csv = Csv.read(file);
        List<String> h = csv.header;
        System.out.printf(Locale.ROOT, "file %s (%d rows), thresholds MATCH %.2f POSSIBLE %.2f%n", file, csv.rows.size(), match, possible);
        if (h.contains("name1") && h.contains("name2") && h.contains("is_match")) {
            pairs(csv, cfg, sweep, show, split);
        } else if (h.contains("listed_name") && h.contains("query_name")) {
            noisy(csv, cfg, brute, show, list);
        } else if (h.contains("full_name")) {
            if (list == null) {
                list = CslList.sharedDir().resolve("data/lists/csl/consolidated-2026-07-31.csv");
            }
            negatives(csv, cfg, list, show, rounds);
        } else {
            throw new IllegalArgumentException("unknown evaluation format, header " + h);
        }
    }

    static PartyKind schemaKind(String schema) {
        return switch (schema) {
            case "Person" -> PartyKind.PERSON;
            case "Company", "Organization", "LegalEntity" -> PartyKind.ORGANIZATION;
            case "Vessel" -> PartyKind.VESSEL;
            case "Airplane" -> PartyKind.AIRCRAFT;
            default -> PartyKind.UNKNOWN;
        };
    }

    private static void pairs(Csv csv, MatchConfig cfg, boolean sweep, int show, boolean split) {
        NameComparator cmp = new NameComparator(cfg);
        int c1 = csv.col("name1");
        int c2 = csv.col("name2");
        int cm = csv.col("is_match");
        int cs = csv.header.indexOf("schema");
        int n = csv.rows.size();
        double[] score = new double[n];
        boolean[] truth = new boolean[n];
        List<List<String>> why = new ArrayList<>();
        long t0 = System.nanoTime();
        int invalid = 0;
        for (int i = 0; i < n; i++) {
            List<String> r = csv.rows.get(i);
            truth[i] = Csv.get(r, cm).trim().equalsIgnoreCase("true");
            try {
                Comparison c = cmp.compare(Csv.get(r, c1), Csv.get(r, c2), schemaKind(cs < 0 ? "" : Csv.get(r, cs)));
                score[i] = c.score();
                why.add(c.explanation());
            } catch (InvalidNameException e) {
                score[i] = 0;
                why.add(List.of("invalid: " + e.reason()));
                invalid++;
            }
        }
        long dt = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "pairs %d (%d true), %d invalid names; %.0f comparisons/s (incl. normalization, cold)%n",
                n, count(truth), invalid, n / (dt / 1e9));
        prf("MATCH", cfg.matchThreshold(), score, truth);
        prf("POSSIBLE", cfg.possibleThreshold(), score, truth);
        if (split) {
            // honesty split: half A / half B by a hash of the two names (stable across runs and
            // files); tune on A, check that B does not degrade
            int cg = csv.header.indexOf("case_group");
            for (int h = 0; h < 2; h++) {
                List<Integer> rows = new ArrayList<>();
                java.util.Set<String> groups = new java.util.TreeSet<>();
                for (int i = 0; i < n; i++) {
                    List<String> r = csv.rows.get(i);
                    if (Math.floorMod((Csv.get(r, c1) + "|" + Csv.get(r, c2)).hashCode() * 31 + 7, 2) == h) {
                        rows.add(i);
                        if (cg >= 0) {
                            groups.add(Csv.get(r, cg));
                        }
                    }
                }
                double[] hs = new double[rows.size()];
                boolean[] ht = new boolean[rows.size()];
                for (int k = 0; k < rows.size(); k++) {
                    hs[k] = score[rows.get(k)];
                    ht[k] = truth[rows.get(k)];
                }
                String label = h == 0 ? "half A" : "half B";
                System.out.printf(Locale.ROOT, "%s: %d pairs, case groups %s%n", label, rows.size(), groups);
                prf(label + " MATCH", cfg.matchThreshold(), hs, ht);
                prf(label + " POSSIBLE", cfg.possibleThreshold(), hs, ht);
            }
        }
        if (sweep) {
            for (int t = 50; t <= 95; t += 5) {
                prf("sweep", t / 100.0, score, truth);
            }
        }
        int shown = 0;
        for (int i = 0; i < n && shown < show; i++) {
            boolean pred = score[i] >= cfg.matchThreshold();
            if (pred != truth[i]) {
                List<String> r = csv.rows.get(i);
                // error analysis: which half, the schema, the pair and the scorer's explanation
                String half = Math.floorMod((Csv.get(r, c1) + "|" + Csv.get(r, c2)).hashCode() * 31 + 7, 2) == 0 ? "A" : "B";
                System.out.printf(Locale.ROOT, "  %s %s %.3f %s  %s | %s%n      %s%n", truth[i] ? "FN" : "FP", half, score[i],
                        cs < 0 ? "" : Csv.get(r, cs), Csv.get(r, c1), Csv.get(r, c2), String.join("; ", why.get(i)));
                shown++;
            }
        }
    }

    private static int count(boolean[] b) {
        int c = 0;
        for (boolean x : b) {
            if (x) {
                c++;
            }
        }
        return c;
    }

    private static void prf(String label, double t, double[] score, boolean[] truth) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < score.length; i++) {
            boolean p = score[i] >= t;
            if (p && truth[i]) {
                tp++;
            } else if (p) {
                fp++;
            } else if (truth[i]) {
                fn++;
            }
        }
        double prec = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double rec = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        System.out.printf(Locale.ROOT, "%-17s >= %.2f  precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d)%n",
                label, t, prec, rec, f1, tp, fp, fn);
    }

    private static void noisy(Csv csv, MatchConfig cfg, boolean brute, int show, Path distractors) throws Exception {
        int cl = csv.col("listed_name");
        int cq = csv.col("query_name");
        List<IndexedName> entries = new ArrayList<>();
        for (int i = 0; i < csv.rows.size(); i++) {
            String ln = Csv.get(csv.rows.get(i), cl);
            entries.add(new IndexedName("row-" + i, "row-" + i, "NOISY", PartyKind.PERSON, ln, List.of(ln), List.of(),
                    List.of(), List.of(), null, null));
        }
        if (distractors != null) {
            // harder variant: the listed names hidden among every name of a real list
            entries.addAll(CslList.load(distractors));
        }
        NameIndex index = new NameIndex(cfg);
        index.bulkLoad(entries);
        int n = csv.rows.size();
        int at1 = 0;
        int at10 = 0;
        int shown = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            List<String> r = csv.rows.get(i);
            String expected = Csv.get(r, cl);
            List<Candidate> c;
            try {
                c = index.match(new MatchQuery(Csv.get(r, cq), PartyKind.PERSON, List.of(), List.of(), java.util.Set.of(), 10, null));
            } catch (InvalidNameException e) {
                c = List.of();
            }
            int rank = -1;
            for (int k = 0; k < c.size(); k++) {
                if (c.get(k).entryKey().equals("row-" + i) || c.get(k).primaryName().equals(expected)) {
                    rank = k;
                    break;
                }
            }
            if (rank == 0) {
                at1++;
            }
            if (rank >= 0 && rank < 10) {
                at10++;
            }
            if (rank != 0 && shown < show) {
                System.out.printf("  rank %d: %s -> %s (top: %s %.3f)%n", rank, Csv.get(r, cq), expected,
                        c.isEmpty() ? "-" : c.get(0).matchedName(), c.isEmpty() ? 0 : c.get(0).score());
                shown++;
            }
        }
        long dt = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "noisy queries %d against %d entries: recall@1 %.4f  recall@10 %.4f  (%.0f queries/s)%n",
                n, index.size(), at1 / (double) n, at10 / (double) n, n / (dt / 1e9));
        if (brute) {
            BruteForceJw bf = new BruteForceJw(entries);
            int b1 = 0;
            int b10 = 0;
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String[] top = bf.search(Csv.get(csv.rows.get(i), cq), 10);
                for (int k = 0; k < 10; k++) {
                    if (("row-" + i).equals(top[k])) {
                        if (k == 0) {
                            b1++;
                        }
                        b10++;
                        break;
                    }
                }
            }
            dt = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "brute-force JW baseline: recall@1 %.4f  recall@10 %.4f  (%.0f queries/s)%n",
                    b1 / (double) n, b10 / (double) n, n / (dt / 1e9));
        }
    }

    private static void negatives(Csv csv, MatchConfig cfg, Path listFile, int show, int rounds) throws Exception {
        long l0 = System.nanoTime();
        List<IndexedName> entries = CslList.load(listFile);
        NameIndex index = new NameIndex(cfg);
        index.bulkLoad(entries);
        System.out.printf(Locale.ROOT, "list %s: %d entries loaded and indexed in %.1f s%n", listFile, index.size(), (System.nanoTime() - l0) / 1e9);
        int cn = csv.col("full_name");
        // warm-up on the first 10,000 queries (not counted in speed): the JIT needs that many to
        // compile the scorer's hot loops; 2,000 measured a half-interpreted matcher
        for (int i = 0; i < Math.min(10_000, csv.rows.size()); i++) {
            try {
                index.match(query(Csv.get(csv.rows.get(i), cn)));
            } catch (InvalidNameException e) {
                // counted below
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = csv.rows.size();
        double[] perRound = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            int possible = 0;
            int match = 0;
            int shown = 0;
            int invalid = 0;
            long[] lat = new long[n];
            long[] cpuLat = new long[n];
            long cpu0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int k = 0;
            for (List<String> r : csv.rows) {
                String name = Csv.get(r, cn);
                long c = mx.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                List<Candidate> cands;
                try {
                    cands = index.match(query(name));
                } catch (InvalidNameException e) {
                    invalid++;
                    cands = List.of();
                }
                lat[k] = System.nanoTime() - s;
                cpuLat[k] = mx.getCurrentThreadCpuTime() - c;
                k++;
                if (round == 0 && !cands.isEmpty() && cands.get(0).band() != Band.NO_MATCH) {
                    possible++;
                    if (cands.get(0).band() == Band.MATCH) {
                        match++;
                    }
                    if (shown < show) {
                        System.out.printf(Locale.ROOT, "  %s: %s -> %s %.3f %s%n", cands.get(0).band(), name, cands.get(0).matchedName(),
                                cands.get(0).score(), cands.get(0).explanation());
                        shown++;
                    }
                }
            }
            long dt = System.nanoTime() - t0;
            long cpu = mx.getCurrentThreadCpuTime() - cpu0;
            java.util.Arrays.sort(lat);
            java.util.Arrays.sort(cpuLat);
            if (round == 0) {
                System.out.printf(Locale.ROOT, "negatives %d (%d invalid): POSSIBLE-or-better %d = %.3f%%, MATCH %d = %.3f%%%n",
                        n, invalid, possible, 100.0 * possible / n, match, 100.0 * match / n);
            }
            perRound[round] = n / (cpu / 1e9);
            System.out.printf(Locale.ROOT, "speed round %d: %.0f queries/s wall, %.0f queries per CPU-second (single thread, %.0f%% of a core);"
                    + " wall latency p50 %.1f us, p99 %.1f us, max %.1f us; CPU time per query p50 %.1f us, p99 %.1f us%n",
                    round + 1, n / (dt / 1e9), perRound[round], 100.0 * cpu / dt, lat[n / 2] / 1e3, lat[(int) (n * 0.99)] / 1e3,
                    lat[n - 1] / 1e3, cpuLat[n / 2] / 1e3, cpuLat[(int) (n * 0.99)] / 1e3);
        }
        if (rounds > 1) {
            double[] sorted = perRound.clone();
            java.util.Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "speed over %d rounds: median %.0f, best %.0f queries per CPU-second%n",
                    rounds, sorted[rounds / 2], sorted[rounds - 1]);
        }
    }

    private static MatchQuery query(String name) {
        return new MatchQuery(name, PartyKind.PERSON, List.of(), List.of(), java.util.Set.of(), 10, null);
    }
}
