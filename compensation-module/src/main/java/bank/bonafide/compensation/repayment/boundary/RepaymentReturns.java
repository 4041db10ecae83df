package bank.bonafide.compensation.repayment.boundary;

import bank.bonafide.compensation.repayment.entity.RepaymentReturn;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.lending.LoanWrittenOff;
import bank.bonafide.platform.outbox.ProcessedEvents;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Records what is owed back to a customer when a loan taken in her name is written off. Once per write-off. */
@Stateless
public class RepaymentReturns {

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    public void onWriteOff(LoanWrittenOff e) {
        if (e.repaidByCustomer().isZero() || e.repaidByCustomer().isNegative()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.COMPENSATION, "RepaymentReturns", e)) {
            return;
        }
        em.persist(new RepaymentReturn(e.complaintId(), e.customerId(), e.loanReference(), e.repaidByCustomer().amount(),
                e.repaidByCustomer().currency(), e.occurredAt()));
    }

    public List<RepaymentReturn> owedTo(String customerId) {
        return em.createNamedQuery(RepaymentReturn.OF_CUSTOMER, RepaymentReturn.class).setParameter("customerId", customerId).getResultList();
    }
}
