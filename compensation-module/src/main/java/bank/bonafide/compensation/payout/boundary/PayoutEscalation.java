package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.platform.runtime.JobLock;
import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import bank.bonafide.compensation.assessment.boundary.LiabilityAssessments;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Watches payouts waiting for approval: one whose deadline is less than a day away (or already passed) is
 * escalated to the compensation approvers once, and shows as such on the payouts screen (the packs' breach
 * action for the advance-compensation clocks). So is a disputed payment nearing its deadline with no payout
 * proposed at all: the bank pays by the deadline whether or not its assessment has concluded (provisional credit).
 */
@Stateless
public class PayoutEscalation {

    private static final Logger LOG = Logger.getLogger(PayoutEscalation.class.getName());
    static final Duration WARNING = Duration.ofDays(1);

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    LiabilityAssessments assessments;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "advance-compensation deadlines")
    void everyTenMinutes() {
        if (!JobLock.tryHold("compensation.payout-deadlines")) {
            return; // another server is at it
        }
        Instant now = Instant.now();
        int escalated = escalate(now);
        if (escalated > 0) {
            LOG.warning(() -> escalated + " advance-compensation payout(s) close to their deadline escalated to the compensation approvers");
        }
        List<UUID> unpaid = assessments.escalateUnpaid(now, WARNING);
        if (!unpaid.isEmpty()) {
            LOG.warning(() -> unpaid.size() + " disputed payment(s) within a day of the advance-compensation deadline with no payout "
                    + "proposed, escalated to the compensation approvers (complaints " + unpaid + ")");
        }
    }

    /** Escalates every waiting payout due within a day of {@code now}; returns how many. */
    public int escalate(Instant now) {
        return (int) em.createNamedQuery(AdvanceCompensation.ESCALATION_DUE, AdvanceCompensation.class)
                .setParameter("dueBy", now.plus(WARNING))
                .getResultStream()
                .filter(p -> p.escalateIfDue(now, WARNING))
                .count();
    }
}
