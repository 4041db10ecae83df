package bank.bonafide.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * P3: last month's complaint figures ({@code GET /channel-api/api/reports/complaints?month=}) over a history of a
 * million complaints, against the same figures from SQL written by hand on the same database (a window function for
 * the percentile), run back to back for as long. Both must give the same answer, or the benchmark fails. Target: the
 * report's median time at most twice the hand-written SQL's.
 */
public final class ComplaintReportBenchmark {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final Bench bench;

    public ComplaintReportBenchmark(Bench bench) {
        this.bench = bench;
    }

    public Outcome run() {
        long n = bench.smoke() ? 20_000 : 1_000_000;
        long started = System.nanoTime();
        ComplaintHistory.load(bench, n);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        YearMonth month = YearMonth.now(ZONE).minusMonths(1);
        String path = "/channel-api/api/reports/complaints?month=" + month;

        JsonObject byHand = handWritten(month);
        JsonObject reported = Json.createReader(new StringReader(bench.call("GET", path, bench.tokens().user("compliance.zhao"))))
                .readObject();
        if (!byHand.equals(reported)) {
            throw new IllegalStateException("the report and the hand-written SQL disagree:\n report " + reported + "\n SQL    " + byHand);
        }

        Wrk payara = bench.bonafide();
        payara.run(List.of(HttpCall.get(path, bench.tokens().user("compliance.zhao"))), 1, bench.warmupSeconds(), 0);
        Rounds api = new Rounds();
        Rounds sql = new Rounds();
        for (int r = 0; r < bench.rounds(); r++) {
            api.add(payara.run(List.of(HttpCall.get(path, bench.tokens().user("compliance.zhao"))), 1, bench.roundSeconds(), 0));
            sql.add(timeHandWritten(month, bench.roundSeconds()));
        }
        double ratio = api.medianLatency() / sql.medianLatency();
        return new Outcome("P3", "monthly complaint report (" + month + ") over " + n + " complaints", api.medianLatency(),
                sql.medianLatency(), "ms (median)", ratio, "<= 2 x hand-written SQL", ratio <= 2 && api.failed() == 0, api.failed(),
                Json.createObjectBuilder().add("api", api.json()).add("handWrittenSql", sql.json()).add("complaints", n)
                        .add("loadSeconds", Rounds.round(loadSeconds)).add("figures", reported)
                        .add("firstFailure", api.firstFailure()).build());
    }

    /** Runs the hand-written queries one report after another for {@code seconds}, one connection, as wrk does with -c1. */
    private LoadRound timeHandWritten(YearMonth month, int seconds) {
        List<Double> millis = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            long t0 = System.nanoTime();
            handWritten(month);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        return new LoadRound(millis.size(), (System.nanoTime() - start) / 1e9, Figures.median(millis), Figures.percentile(millis, 95), 0, "");
    }

    /** The month's figures as a DBA would write them for MariaDB or MySQL 8, in the API's JSON shape. */
    JsonObject handWritten(YearMonth month) {
        LocalDateTime from = month.atDay(1).atStartOfDay(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        try (Connection c = bench.connect()) {
            TreeMap<String, Long> received = new TreeMap<>();
            try (ResultSet rs = query(c, "SELECT category, COUNT(*) FROM complaints_complaint WHERE received_at >= ? AND received_at < ? "
                    + "GROUP BY category", from, to)) {
                while (rs.next()) {
                    received.put(rs.getString(1), rs.getLong(2));
                }
            }
            JsonObjectBuilder receivedJson = Json.createObjectBuilder();
            received.forEach(receivedJson::add);
            var clocks = Json.createArrayBuilder();
            long closed = 0;
            long seconds = 0;
            try (ResultSet rs = query(c, "SELECT clock_pack_id, clock_name, COUNT(*), SUM(timely), "
                    + "SUM(TIMESTAMPDIFF(SECOND, received_at, closed_at)) FROM complaints_complaint WHERE closed_at >= ? AND closed_at < ? "
                    + "GROUP BY clock_pack_id, clock_name ORDER BY clock_pack_id, clock_name", from, to)) {
                while (rs.next()) {
                    clocks.add(Json.createObjectBuilder().add("clock", rs.getString(1) + "/" + rs.getString(2))
                            .add("closed", rs.getLong(3)).add("timely", rs.getLong(4)));
                    closed += rs.getLong(3);
                    seconds += rs.getLong(5);
                }
            }
            JsonObjectBuilder figures = Json.createObjectBuilder().add("month", month.toString()).add("receivedByCategory", receivedJson)
                    .add("closed", closed).add("timelinessByClock", clocks);
            if (closed == 0) {
                return figures.addNull("averageHandlingSeconds").addNull("p95HandlingMicros").build();
            }
            try (ResultSet rs = query(c, "SELECT handling FROM (SELECT TIMESTAMPDIFF(MICROSECOND, received_at, closed_at) AS handling, "
                    + "ROW_NUMBER() OVER (ORDER BY TIMESTAMPDIFF(MICROSECOND, received_at, closed_at)) AS position, COUNT(*) OVER () AS total "
                    + "FROM complaints_complaint WHERE closed_at >= ? AND closed_at < ?) ranked WHERE position = CEIL(0.95 * total)", from, to)) {
                rs.next();
                return figures.add("averageHandlingSeconds", seconds / closed).add("p95HandlingMicros", rs.getLong(1)).build();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("hand-written report failed: " + e.getMessage(), e);
        }
    }

    private static ResultSet query(Connection c, String sql, LocalDateTime from, LocalDateTime to) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        q.setObject(1, from);
        q.setObject(2, to);
        q.closeOnCompletion();
        return q.executeQuery();
    }
}
