package bank.bonafide.backoffice.reporting.control;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.complaints.complaint.boundary.PeriodFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as lines of (section, measure, dimension, value): the one list both the CSV and the PDF's tables are
 * written from, so the two documents of a filing can never disagree.
 */
public final class ReportLines {

    /** One figure. {@code dimension} is empty when the measure has none. */
    public record Line(String section, String measure, String dimension, String value) {
    }

    private ReportLines() {
    }

    public static List<Line> of(ComplianceReport r) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("period", "first day", "", r.from().toString()));
        lines.add(new Line("period", "last day", "", r.to().toString()));
        lines.add(new Line("period", "time zone", "", ComplianceReport.ZONE.getId()));
        r.complaints().receivedByMonthAndCategory().forEach((month, byCategory) -> byCategory.forEach((category, count) ->
                lines.add(new Line("complaints", "received", month + " " + category, Long.toString(count)))));
        lines.add(new Line("complaints", "closed", "", Long.toString(r.complaints().closed())));
        for (PeriodFigures.ClockTimeliness clock : r.complaints().timelinessByClock()) {
            lines.add(new Line("complaints", "closed", clock.clock(), Long.toString(clock.closed())));
            lines.add(new Line("complaints", "closed on time", clock.clock(), Long.toString(clock.timely())));
            lines.add(new Line("complaints", "timely rate %", clock.clock(), plain(clock.timelyPercent())));
        }
        lines.add(new Line("complaints", "average handling hours", "", hours(r.complaints().averageHandling())));
        lines.add(new Line("complaints", "95th percentile handling hours", "", hours(r.complaints().p95Handling())));
        var p = r.payouts();
        lines.add(new Line("compensation", "payouts proposed", "", Long.toString(p.proposed())));
        lines.add(new Line("compensation", "payouts paid", "", Long.toString(p.paid())));
        lines.add(new Line("compensation", "paid by the deadline", "", Long.toString(p.paidTimely())));
        lines.add(new Line("compensation", "paid late", "", Long.toString(p.paidLate())));
        lines.add(new Line("compensation", "timely rate %", "", plain(p.timelyPercent())));
        lines.add(new Line("compensation", "rejected", "", Long.toString(p.rejected())));
        lines.add(new Line("compensation", "waiting", "", Long.toString(p.waiting())));
        lines.add(new Line("compensation", "waiting and escalated", "", Long.toString(p.waitingEscalated())));
        p.paidByCurrency().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                lines.add(new Line("compensation", "amount paid", e.getKey(), e.getValue().toPlainString())));
        for (Map.Entry<String, RiskProvisionFund.FundPosition> e : r.fund().entrySet()) {
            var f = e.getValue();
            lines.add(new Line("fund", "contributed", e.getKey(), f.contributed().amount().toPlainString()));
            lines.add(new Line("fund", "held", e.getKey(), f.held().amount().toPlainString()));
            lines.add(new Line("fund", "net losses", e.getKey(), f.netLosses().amount().toPlainString()));
            lines.add(new Line("fund", "utilisation %", e.getKey(), plain(f.utilisationPercent())));
        }
        var d = r.personalData();
        d.consentsGivenByMonth().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                lines.add(new Line("biometrics", "consents given", e.getKey(), Long.toString(e.getValue()))));
        d.consentsWithdrawnByMonth().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                lines.add(new Line("biometrics", "consents withdrawn", e.getKey(), Long.toString(e.getValue()))));
        lines.add(new Line("biometrics", "vault records", "", Long.toString(d.vaultRecords())));
        lines.add(new Line("biometrics", "vault bytes", "", Long.toString(d.vaultBytes())));
        lines.add(new Line("biometrics", "captures purged", "", Long.toString(d.capturesPurged())));
        lines.add(new Line("staff access", "bulk-access alerts", "", Long.toString(d.accessAlerts())));
        lines.add(new Line("staff access", "logins suspended", "", Long.toString(d.suspensions())));
        return lines;
    }

    static String hours(Duration duration) {
        return duration == null ? "" : BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(3600), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
