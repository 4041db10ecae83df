package bank.bonafide.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a run's outcomes as {@code results.json} (everything, round by round) and {@code results.md} (the table). */
public final class ResultsReport {

    private ResultsReport() {
    }

    public static void write(Path folder, Bench bench, Map<String, String> machine, List<Outcome> outcomes) throws IOException {
        Files.createDirectories(folder);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Outcome o : outcomes) {
            all.add(Json.createObjectBuilder().add("id", o.id()).add("title", o.title()).add("measured", Rounds.round(o.measured()))
                    .add("baseline", Rounds.round(o.baseline())).add("unit", o.unit()).add("ratio", Math.round(o.ratio() * 1000) / 1000.0)
                    .add("target", o.target()).add("met", o.met()).add("errors", o.errors()).add("details", o.details()));
        }
        JsonObject run = Json.createObjectBuilder().add("mode", bench.smoke() ? "smoke" : "full")
                .add("finishedAt", Instant.now().toString()).add("rounds", bench.rounds()).add("roundSeconds", bench.roundSeconds())
                .add("warmupSeconds", bench.warmupSeconds()).add("soakSeconds", bench.soakSeconds())
                .add("machine", Json.createObjectBuilder(new java.util.LinkedHashMap<String, Object>(machine))).add("benchmarks", all).build();
        StringWriter json = new StringWriter();
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        pretty.createWriter(json).write(run);
        Files.writeString(folder.resolve("results.json"), json.toString().strip() + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.md"), table(bench, machine, outcomes), StandardCharsets.UTF_8);
    }

    static String table(Bench bench, Map<String, String> machine, List<Outcome> outcomes) {
        StringBuilder md = new StringBuilder("# Benchmark results (" + (bench.smoke() ? "smoke: ratios not judged" : "full run") + ")\n\n");
        md.append(machine.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).reduce((a, b) -> a + "; " + b).orElse(""))
                .append(". ").append(bench.rounds()).append(" timed rounds of ").append(bench.roundSeconds())
                .append(" s after ").append(bench.warmupSeconds()).append(" s warm-up; figures are medians over the rounds.\n\n");
        md.append("| | benchmark | measured | baseline (same run) | ratio | target | met | errors |\n|---|---|---|---|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f %s | %.1f | %.2f | %s | %s | %d |%n", o.id(), o.title(), o.measured(),
                    o.unit(), o.baseline(), o.ratio(), o.target(), o.met() ? "yes" : "**no**", o.errors()));
        }
        return md.toString();
    }
}
