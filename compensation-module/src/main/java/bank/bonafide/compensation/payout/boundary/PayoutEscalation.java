package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Watches payouts waiting for approval: one whose deadline is less than a day away (or already passed) is
 * escalated to the compensation approvers once, and shows as such on the payouts screen (the packs' breach
 * action for the advance-compensation clocks).
 */
@Stateless
public class PayoutEscalation {

    private static final Logger LOG = Logger.getLogger(PayoutEscalation.class.getName());
    static final Duration WARNING = Duration.ofDays(1);

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "advance-compensation deadlines")
    void everyTenMinutes() {
        int escalated = escalate(Instant.now());
        if (escalated > 0) {
            LOG.warning(() -> escalated + " advance-compensation payout(s) close to their deadline escalated to the compensation approvers");
        }
    }

    /** Escalates every waiting payout due within a day of {@code now}; returns how many. */
    public int escalate(Instant now) {
        return (int) em.createNamedQuery(AdvanceCompensation.WAITING, AdvanceCompensation.class)
                .getResultStream()
                .filter(p -> p.escalateIfDue(now, WARNING))
                .count();
    }
}
