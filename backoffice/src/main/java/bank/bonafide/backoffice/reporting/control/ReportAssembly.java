package bank.bonafide.backoffice.reporting.control;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.identity.oversight.boundary.PersonalDataOversight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Asks each context for its figures of a period and puts them into one {@link ComplianceReport}, telling
 * {@code progress} (0 to 100) as each part arrives so that a long period shows how far it has come.
 */
@ApplicationScoped
public class ReportAssembly {

    /** The longest period one report may cover: a year and a day (a leap year). */
    public static final int MAX_DAYS = 366;

    @Inject
    ComplaintQueries complaints;

    @Inject
    AdvanceCompensations payouts;

    @Inject
    RiskProvisionFund fund;

    @Inject
    PersonalDataOversight personalData;

    /**
     * What is wrong with a period, as a message key of the back office's bundle ({@code reports.badPeriod},
     * {@code reports.tooLong} with {@link #MAX_DAYS}); empty when a report can cover it.
     */
    public static java.util.Optional<String> periodProblem(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return java.util.Optional.of("reports.badPeriod");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            return java.util.Optional.of("reports.tooLong");
        }
        return java.util.Optional.empty();
    }

    public ComplianceReport assemble(LocalDate from, LocalDate to, String by, IntConsumer progress) {
        periodProblem(from, to).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.equals("reports.badPeriod")
                    ? "The period must have a first day on or before its last day."
                    : "A report covers at most " + MAX_DAYS + " days; split the period.");
        });
        Instant start = from.atStartOfDay(ComplianceReport.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ComplianceReport.ZONE).toInstant();
        progress.accept(5);
        var complaintFigures = complaints.periodFigures(start, end, ComplianceReport.ZONE);
        progress.accept(35);
        var payoutFigures = payouts.figures(start, end);
        progress.accept(55);
        Map<String, RiskProvisionFund.FundPosition> positions = new TreeMap<>();
        fund.trialBalance().keySet().forEach(currency -> positions.put(currency, fund.position(currency, end)));
        progress.accept(70);
        var identity = personalData.figures(start, end, ComplianceReport.ZONE);
        progress.accept(90);
        return new ComplianceReport(from, to, Instant.now(), by, complaintFigures, payoutFigures, positions, identity);
    }
}
