package bank.bonafide.channel.reports;

import bank.bonafide.channel.problem.Problem;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.PeriodFigures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A month's complaint figures for the regulator's return, as the compliance report files them (received per
 * category, timeliness per clock, handling time): for a compliance officer's own tools. Counts only, no personal data.
 */
@Path("reports/complaints")
@ApplicationScoped
@RolesAllowed({"COMPLIANCE_OFFICER", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintReportsResource {

    /** The bank's reporting zone: a month is a calendar month in Beijing time, as on the filed reports. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    ComplaintQueries complaints;

    @GET
    public Response month(@QueryParam("month") String month) {
        YearMonth period;
        try {
            period = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            return Problem.response(400, "invalid-month", "Which month?", "month is required as yyyy-MM, for example 2026-10.");
        }
        Instant from = period.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        PeriodFigures figures = complaints.periodFigures(from, to, ZONE);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", period.toString());
        body.put("receivedByCategory", figures.receivedByMonthAndCategory().getOrDefault(period.toString(), Map.of()));
        body.put("closed", figures.closed());
        body.put("timelinessByClock", figures.timelinessByClock().stream().map(c -> Map.of("clock", c.clock(), "closed", c.closed(),
                "timely", c.timely())).toList());
        body.put("averageHandlingSeconds", figures.averageHandling() == null ? null : figures.averageHandling().getSeconds());
        body.put("p95HandlingMicros", figures.p95Handling() == null ? null
                : figures.p95Handling().getSeconds() * 1_000_000 + figures.p95Handling().getNano() / 1000);
        return Response.ok(body).build();
    }
}
