package bank.bonafide.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the benchmarks against a running Bonafide (scripts/benchmark.sh starts one) and writes the results.
 *
 * <pre>BenchmarkRun [--smoke] [--out folder] [--only P1,P2]</pre>
 *
 * Exit status: 0 when every benchmark ran without an error response, 1 otherwise. In a full run a missed target is
 * reported in the table, not turned into a failure: the figure is the finding.
 */
public final class BenchmarkRun {

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        String all = "P1,P2,P5,P3,P4";
        List<String> only = List.of(option(args, "--only", all).split(","));
        // Only a full run of all five replaces the committed results; a smoke or partial run would pass for one.
        boolean full = !smoke && only.containsAll(List.of(all.split(",")));
        Path out = Path.of(option(args, "--out", full ? "benchmarks/results" : "benchmarks/target/results"));
        Bench bench = Bench.fromEnvironment(smoke);
        Files.createDirectories(bench.workDir());

        Map<String, Supplier<Outcome>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("P1", () -> new OpeningDecisionBenchmark(bench).run());
        benchmarks.put("P2", () -> new ComplaintIntakeBenchmark(bench).run());
        benchmarks.put("P5", () -> new SoakBenchmark(bench).run());
        // after the soak: the history it loads stays in the database
        benchmarks.put("P3", () -> new ComplaintReportBenchmark(bench).run());
        // last: it replaces every complaint with open cases
        benchmarks.put("P4", () -> new ClockSweepBenchmark(bench).run());

        List<Outcome> outcomes = new ArrayList<>();
        boolean broken = false;
        for (Map.Entry<String, Supplier<Outcome>> b : benchmarks.entrySet()) {
            if (!only.contains(b.getKey())) {
                continue;
            }
            log(b.getKey() + " running");
            long start = System.nanoTime();
            try {
                Outcome o = b.getValue().get();
                outcomes.add(o);
                log(String.format("%s done in %.0f s: %.1f %s against %.1f, ratio %.2f (%s): %s, %d errors%s", o.id(),
                        (System.nanoTime() - start) / 1e9, o.measured(), o.unit(), o.baseline(), o.ratio(), o.target(),
                        o.met() ? "met" : "NOT met", o.errors(), o.errors() > 0 ? "; first: " + o.details().getString("firstFailure", "") : ""));
                broken |= o.errors() > 0;
            } catch (RuntimeException e) {
                log(b.getKey() + " FAILED: " + e.getMessage());
                broken = true;
            }
        }
        ResultsReport.write(out, bench, machine(), outcomes);
        log("results in " + out.toAbsolutePath());
        System.out.print(ResultsReport.table(bench, machine(), outcomes));
        System.exit(broken || outcomes.isEmpty() ? 1 : 0);
    }

    private static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("commit", System.getenv().getOrDefault("BENCH_COMMIT", "unknown"));
        m.put("database", System.getenv().getOrDefault("BENCH_DATABASE_VERSION", "unknown"));
        m.put("payara heap", System.getenv().getOrDefault("BENCH_PAYARA_HEAP", "unknown"));
        return m;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void log(String line) {
        System.err.println("[benchmark] " + java.time.LocalTime.now().withNano(0) + " " + line);
    }
}
