package bank.bonafide.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * P5: a steady moderate load of customers filing and reading complaints and terminals deciding openings, for ten
 * minutes, while Payara's resident memory is sampled every five seconds. The load runs in one-minute segments,
 * each with fresh tokens (they live five minutes). Targets: no error response; RSS at most 1.5 GiB; RSS in the last
 * tenth of the soak under 10% above RSS in the tenth before half-time (minute 5 and minute 10 of ten).
 */
public final class SoakBenchmark {

    static final int CLIENTS = 4;
    static final int THINK_MILLIS = 100;
    static final double LIMIT_MIB = 1536;
    private final Bench bench;

    public SoakBenchmark(Bench bench) {
        this.bench = bench;
    }

    /** A resident-memory sample, seconds after the soak began. */
    record Sample(double second, double residentMiB) {
    }

    public Outcome run() {
        OpeningDecisionBenchmark.scriptApplicant(new Simulators(bench.simulatorUrl()));
        PayaraMemory payara = PayaraMemory.ofPidFile(bench.payaraPidFile());
        List<Sample> samples = new ArrayList<>();
        Rounds segments = new Rounds();
        long start = System.nanoTime();
        // every 5 s over ten minutes; at least ten samples in each tenth of a shorter soak
        long sampleMillis = Math.max(100, Math.min(5000, bench.soakSeconds() * 1000L / 120));
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            synchronized (samples) {
                samples.add(new Sample((System.nanoTime() - start) / 1e9, payara.residentMiB()));
            }
        }, 0, sampleMillis, TimeUnit.MILLISECONDS);
        try {
            int left = bench.soakSeconds();
            while (left > 0) {
                int segment = Math.min(60, left);
                segments.add(bench.bonafide().run(mix(bench.tokens()), CLIENTS, segment, THINK_MILLIS));
                left -= segment;
            }
        } finally {
            sampler.shutdownNow();
        }
        double window = bench.soakSeconds() / 10.0;
        double half = bench.soakSeconds() / 2.0;
        double end = (System.nanoTime() - start) / 1e9;
        double atHalf = mean(samples, half - window, half);
        double atEnd = mean(samples, end - window, end);
        double peak = samples.stream().mapToDouble(Sample::residentMiB).max().orElseThrow();
        double growth = atEnd / atHalf - 1;
        JsonArrayBuilder rss = Json.createArrayBuilder();
        samples.forEach(s -> rss.add(Json.createArrayBuilder().add(Rounds.round(s.second())).add(Rounds.round(s.residentMiB()))));
        return new Outcome("P5", bench.soakSeconds() / 60.0 + "-minute soak, " + CLIENTS + " clients, " + THINK_MILLIS
                + " ms think time (file, list, decide)", atEnd, atHalf, "MiB RSS (last tenth vs tenth before half-time)",
                1 + growth, "growth < 10%, peak <= 1536 MiB, no errors",
                growth < 0.10 && peak <= LIMIT_MIB && segments.failed() == 0, segments.failed(),
                Json.createObjectBuilder().add("peakMiB", Rounds.round(peak)).add("growthPercent", Rounds.round(growth * 100))
                        .add("requests", segments.json()).add("rssSamples", rss)
                        .add("firstFailure", segments.firstFailure()).build());
    }

    private static double mean(List<Sample> samples, double from, double to) {
        return samples.stream().filter(s -> s.second() >= from && s.second() <= to).mapToDouble(Sample::residentMiB)
                .average().orElseThrow(() -> new IllegalStateException("no memory sample between " + from + " s and " + to + " s"));
    }

    /** What customers and terminals do at a moderate pace: file a complaint, read their list, decide an opening. */
    private static List<HttpCall> mix(Tokens tokens) {
        String alice = tokens.user("alice");
        return List.of(
                HttpCall.postJson("/channel-api/api/complaints", alice, "{\"category\":\"SERVICE\",\"itemKind\":\"ACCOUNT\","
                        + "\"itemReference\":\"A-1001\",\"description\":\"The app logged me out during a transfer.\"}"),
                HttpCall.get("/channel-api/api/complaints", alice),
                OpeningDecisionBenchmark.decision(tokens.terminal()));
    }
}
