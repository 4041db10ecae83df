package bank.bonafide.backoffice.reporting.control;

import bank.bonafide.compensation.fund.boundary.RiskProvisionFund;
import bank.bonafide.compensation.payout.boundary.PayoutFigures;
import bank.bonafide.complaints.complaint.boundary.PeriodFigures;
import bank.bonafide.identity.oversight.boundary.PersonalDataFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A compliance report for the days {@code from} to {@code to} inclusive (China Standard Time), as generated: the
 * figures each context reported for that period. Aggregates only: no customer, no personal data.
 *
 * @param fund the risk-provision fund's position per currency at the end of the period
 */
public record ComplianceReport(LocalDate from, LocalDate to, Instant generatedAt, String generatedBy, PeriodFigures complaints,
                               PayoutFigures payouts, Map<String, RiskProvisionFund.FundPosition> fund,
                               PersonalDataFigures personalData) {

    /** The bank's reporting zone: periods are calendar days in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public ComplianceReport {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        fund = Map.copyOf(fund);
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Every month that has complaints received, in order. */
    public List<String> months() {
        return complaints.receivedByMonthAndCategory().keySet().stream().sorted().toList();
    }

    /** Complaints received in each month of {@link #months()}, all categories together. */
    public List<Long> receivedPerMonth() {
        return months().stream().map(m -> complaints.receivedByMonthAndCategory().get(m).values().stream()
                .mapToLong(Long::longValue).sum()).toList();
    }

    /** Complaints received per category over the whole period, categories in order. */
    public SortedMap<String, Long> receivedPerCategory() {
        SortedMap<String, Long> byCategory = new TreeMap<>();
        complaints.receivedByMonthAndCategory().values().forEach(m -> m.forEach((k, v) -> byCategory.merge(k, v, Long::sum)));
        return byCategory;
    }

    /** Every month in which a biometric consent was given or withdrawn, in order. */
    public SortedSet<String> consentMonths() {
        SortedSet<String> months = new TreeSet<>(personalData.consentsGivenByMonth().keySet());
        months.addAll(personalData.consentsWithdrawnByMonth().keySet());
        return months;
    }
}
