package bank.bonafide.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The timed rounds of one measurement, summarised by their medians and kept round by round for the record. */
public final class Rounds {

    private final List<LoadRound> rounds = new ArrayList<>();

    public void add(LoadRound round) {
        rounds.add(round);
    }

    public double medianLatency() {
        return median(LoadRound::p50Millis);
    }

    public double medianP95() {
        return median(LoadRound::p95Millis);
    }

    public double medianPerSecond() {
        return median(LoadRound::perSecond);
    }

    public long failed() {
        return rounds.stream().mapToLong(LoadRound::failed).sum();
    }

    public String firstFailure() {
        return rounds.stream().map(LoadRound::firstFailure).filter(f -> !f.isEmpty()).findFirst().orElse("");
    }

    private double median(Function<LoadRound, Double> figure) {
        return Figures.median(rounds.stream().map(figure).toList());
    }

    public JsonObject json() {
        JsonArrayBuilder each = Json.createArrayBuilder();
        for (LoadRound r : rounds) {
            each.add(Json.createObjectBuilder().add("requests", r.requests()).add("seconds", round(r.seconds()))
                    .add("perSecond", round(r.perSecond())).add("p50Millis", round(r.p50Millis()))
                    .add("p95Millis", round(r.p95Millis())).add("failed", r.failed()));
        }
        if (rounds.isEmpty()) {
            // A measurement that was skipped (the smoke run does not warm intake until steady) has no medians.
            return Json.createObjectBuilder().add("failed", 0).add("rounds", each).build();
        }
        return Json.createObjectBuilder().add("medianLatencyMillis", round(medianLatency())).add("medianP95Millis", round(medianP95()))
                .add("medianPerSecond", round(medianPerSecond())).add("failed", failed()).add("rounds", each).build();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
