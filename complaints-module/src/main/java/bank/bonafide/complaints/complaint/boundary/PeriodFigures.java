package bank.bonafide.complaints.complaint.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Complaints in a reporting period, as the compliance officer files them.
 *
 * @param receivedByMonthAndCategory complaints received, per month ({@code yyyy-MM} in the bank's zone) and category
 * @param timelinessByClock          of the cases closed in the period, per regulatory clock: how many, how many on time
 * @param closed                     cases closed in the period
 * @param averageHandling            mean time from receipt to closure of those cases; null when none closed
 * @param p95Handling                95th percentile (nearest rank) of the same; null when none closed
 */
public record PeriodFigures(Map<String, Map<String, Long>> receivedByMonthAndCategory, List<ClockTimeliness> timelinessByClock,
                            long closed, Duration averageHandling, Duration p95Handling) {

    public PeriodFigures {
        receivedByMonthAndCategory = Map.copyOf(receivedByMonthAndCategory);
        timelinessByClock = List.copyOf(timelinessByClock);
    }

    /** @param clock the pack and clock name, {@code cn-current/complaintDecision} */
    public record ClockTimeliness(String clock, long closed, long timely) {

        /** Percent to one decimal; null when nothing was closed under this clock. */
        public BigDecimal timelyPercent() {
            return closed == 0 ? null : BigDecimal.valueOf(timely * 100L).divide(BigDecimal.valueOf(closed), 1, RoundingMode.HALF_UP);
        }
    }

    /** Mean and 95th percentile (nearest rank: the smallest value with at least 95% of values at or below it). */
    static Duration[] meanAndP95(List<Duration> handling) {
        if (handling.isEmpty()) {
            return new Duration[] {null, null};
        }
        List<Duration> sorted = handling.stream().sorted().toList();
        long totalSeconds = sorted.stream().mapToLong(Duration::getSeconds).sum();
        int rank = (int) Math.ceil(0.95 * sorted.size());
        return new Duration[] {Duration.ofSeconds(totalSeconds / sorted.size()), sorted.get(Math.max(0, rank - 1))};
    }
}
