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

    /**
     * The 1-based position of the 95th percentile among {@code count} sorted values, nearest rank: the smallest value
     * with at least 95% of the values at or below it.
     */
    static long p95Rank(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("no percentile of nothing");
        }
        return (long) Math.ceil(0.95 * count);
    }
}
