package bank.bonafide.backoffice.reporting.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

/** A report's charts as Chart.js configurations (PrimeFaces {@code p:chart} draws them from this JSON). */
public final class ReportCharts {

    private static final String[] COLOURS = {"#1a4e8a", "#c0392b", "#27ae60", "#8e44ad", "#d68910", "#5d6d7e", "#16a085"};

    private final ComplianceReport report;

    public ReportCharts(ComplianceReport report) {
        this.report = report;
    }

    /** Complaints received per month, stacked by category. */
    public String getComplaintsByMonth() {
        List<String> months = report.months();
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String category : report.receivedPerCategory().keySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            months.forEach(m -> data.add(report.complaints().receivedByMonthAndCategory().get(m).getOrDefault(category, 0L)));
            datasets.add(dataset(category.toLowerCase(java.util.Locale.ROOT).replace('_', ' '), data, COLOURS[i++ % COLOURS.length]));
        }
        return bar(labels(months), datasets, true);
    }

    /** Share of complaints decided on time, per regulatory clock. */
    public String getTimelinessByClock() {
        var clocks = report.complaints().timelinessByClock();
        JsonArrayBuilder data = Json.createArrayBuilder();
        clocks.forEach(c -> data.add(c.timelyPercent() == null ? BigDecimal.ZERO : c.timelyPercent()));
        return bar(labels(clocks.stream().map(c -> c.clock() + " (" + c.closed() + ")").toList()),
                Json.createArrayBuilder().add(dataset("% on time", data, COLOURS[2])), false);
    }

    /** Advance compensation by outcome. */
    public String getCompensation() {
        var p = report.payouts();
        JsonArrayBuilder data = Json.createArrayBuilder().add(p.proposed()).add(p.paidTimely()).add(p.paidLate()).add(p.waiting())
                .add(p.rejected());
        return bar(labels(List.of("proposed", "paid by the deadline", "paid late", "waiting", "rejected")),
                Json.createArrayBuilder().add(dataset("payouts", data, COLOURS[0])), false);
    }

    /** Biometric consents given and withdrawn per month. */
    public String getConsents() {
        var d = report.personalData();
        SortedSet<String> months = report.consentMonths();
        return bar(labels(List.copyOf(months)), Json.createArrayBuilder()
                .add(dataset("given", values(months, d.consentsGivenByMonth()::get), COLOURS[2]))
                .add(dataset("withdrawn", values(months, d.consentsWithdrawnByMonth()::get), COLOURS[1])), false);
    }

    /** The fund's utilisation (net losses over contributions) per currency at the period's end. */
    public String getFundUtilisation() {
        Map<String, BigDecimal> used = new TreeMap<>();
        report.fund().forEach((currency, f) -> used.put(currency, f.utilisationPercent() == null ? BigDecimal.ZERO : f.utilisationPercent()));
        JsonArrayBuilder data = Json.createArrayBuilder();
        used.values().forEach(data::add);
        return bar(labels(List.copyOf(used.keySet())), Json.createArrayBuilder().add(dataset("% of contributions used", data, COLOURS[3])),
                false);
    }

    public String getAverageHandlingHours() {
        return ReportLines.hours(report.complaints().averageHandling());
    }

    public String getP95HandlingHours() {
        return ReportLines.hours(report.complaints().p95Handling());
    }

    private static JsonArrayBuilder values(SortedSet<String> keys, Function<String, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        keys.forEach(k -> data.add(value.apply(k) == null ? 0L : value.apply(k)));
        return data;
    }

    private static JsonArrayBuilder labels(List<String> labels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        labels.forEach(array::add);
        return array;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", axis).add("y", Json.createObjectBuilder()
                                .add("stacked", stacked).add("beginAtZero", true))))
                .build().toString();
    }
}
