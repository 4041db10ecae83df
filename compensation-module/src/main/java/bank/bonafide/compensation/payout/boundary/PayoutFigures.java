package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Advance compensation in figures, as the compliance officer reports it: counts by outcome, the timely share of
 * what was paid (every payout records whether it met its deadline), and the amounts paid per currency.
 */
public record PayoutFigures(long proposed, long paid, long paidTimely, long paidLate, long rejected, long waiting,
                            long waitingEscalated, Map<String, BigDecimal> paidByCurrency) {

    public PayoutFigures {
        paidByCurrency = Map.copyOf(paidByCurrency);
    }

    /** The share of paid payouts that met their deadline, in percent to one decimal; null before any was paid. */
    public BigDecimal timelyPercent() {
        return paid == 0 ? null : BigDecimal.valueOf(paidTimely * 100L).divide(BigDecimal.valueOf(paid), 1, RoundingMode.HALF_UP);
    }

    /** From rows of (status, timely, escalated, currency, count, sum). */
    static PayoutFigures of(List<Object[]> rows) {
        long proposed = 0;
        long paid = 0;
        long timely = 0;
        long rejected = 0;
        long waiting = 0;
        long escalated = 0;
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (Object[] row : rows) {
            AdvanceCompensation.Status status = (AdvanceCompensation.Status) row[0];
            long count = ((Number) row[4]).longValue();
            proposed += count;
            switch (status) {
                case PAID -> {
                    paid += count;
                    timely += Boolean.TRUE.equals(row[1]) ? count : 0;
                    amounts.merge((String) row[3], (BigDecimal) row[5], BigDecimal::add);
                }
                case REJECTED -> rejected += count;
                case PROPOSED, APPROVED -> {
                    waiting += count;
                    escalated += ((Number) row[2]).intValue() == 1 ? count : 0;
                }
            }
        }
        return new PayoutFigures(proposed, paid, timely, paid - timely, rejected, waiting, escalated, amounts);
    }
}
