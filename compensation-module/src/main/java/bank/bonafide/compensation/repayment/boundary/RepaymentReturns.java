package bank.bonafide.compensation.repayment.boundary;

import bank.bonafide.compensation.payout.boundary.AdvanceCompensations;
import bank.bonafide.compensation.payout.boundary.PayoutPaid;
import bank.bonafide.compensation.payout.boundary.PayoutStep;
import bank.bonafide.compensation.repayment.entity.RepaymentReturn;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.lending.LoanWrittenOff;
import bank.bonafide.platform.outbox.ProcessedEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/** Records what is owed back to a customer when a loan taken in her name is written off. Once per write-off. */
@Stateless
public class RepaymentReturns {

    private static final Logger LOG = Logger.getLogger(RepaymentReturns.class.getName());

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    AdvanceCompensations payouts;

    public void onWriteOff(LoanWrittenOff e) {
        if (e.repaidByCustomer().isZero() || e.repaidByCustomer().isNegative()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.COMPENSATION, "RepaymentReturns", e)) {
            return;
        }
        RepaymentReturn owed = new RepaymentReturn(e.complaintId(), e.customerId(), e.loanReference(), e.repaidByCustomer().amount(),
                e.repaidByCustomer().currency(), e.occurredAt());
        em.persist(owed);
        // Proposed at once, by the system; a member of staff approves it and the fund pays it.
        PayoutStep proposed = payouts.proposeReturn(e.complaintId(), e.customerId(), e.repaidByCustomer(), e.loanReference(),
                e.occurredAt(), "system:compensation");
        if (proposed instanceof PayoutStep.Done done) {
            owed.returnedBy(done.payout().reference());
        } else {
            LOG.warning(() -> "the repayment owed on " + e.loanReference() + " waits for a person to propose its return: " + proposed);
        }
    }

    /** The payout that returns a repayment was paid: the repayment is returned. */
    public void onPayoutPaid(PayoutPaid paid) {
        em.createNamedQuery(RepaymentReturn.BY_PAYOUT, RepaymentReturn.class).setParameter("payout", paid.reference())
                .getResultStream().forEach(r -> r.returned(paid.paidAt()));
    }

    public List<RepaymentReturn> owedTo(String customerId) {
        return em.createNamedQuery(RepaymentReturn.OF_CUSTOMER, RepaymentReturn.class).setParameter("customerId", customerId).getResultList();
    }
}
