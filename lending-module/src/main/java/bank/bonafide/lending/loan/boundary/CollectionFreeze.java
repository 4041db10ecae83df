package bank.bonafide.lending.loan.boundary;

import bank.bonafide.lending.loan.entity.Loan;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.compensation.FreezeOrdered;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.lending.CollectionFrozen;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.outbox.ProcessedEvents;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Freezes collection on every loan a dispute touches: the disputed loan itself, or all loans drawn on a
 * disputed account (an account opened by an impersonator taints what was borrowed through it).
 */
@Stateless
public class CollectionFreeze {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    LoanBook book;

    public void onDispute(ComplaintFiled complaint) {
        DisputedItem item = complaint.disputedItem();
        if (item.kind() == DisputedItem.Kind.PAYMENT || !complaint.category().contestsTheItem()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.LENDING, "CollectionFreeze", complaint)) {
            return;
        }
        Instant now = Instant.now();
        em.createNamedQuery(Loan.OF_CUSTOMER_BY_REFERENCE, Loan.class)
                .setParameter("customerId", complaint.customerId())
                .setParameter("reference", item.reference())
                .getResultList()
                .stream()
                .filter(loan -> loan.freezeFor(complaint.complaintId(), now))
                .forEach(loan -> {
                    book.record(loan, now, "lending", "collection and credit reporting frozen: the customer disputes it (complaint "
                            + complaint.reference() + ")");
                    outbox.publish(new CollectionFrozen(UUID.randomUUID(), now, complaint.complaintId(), loan.reference()));
                });
    }

    /**
     * Freezes the loans a fraud case names (by loan or account reference), in the customer's name only: the
     * playbook freezes what the fraud touched even where no dispute named it.
     */
    public void onFreezeOrdered(FreezeOrdered order) {
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.LENDING, "CollectionFreeze.fraud", order)) {
            return;
        }
        Instant now = Instant.now();
        order.references().stream()
                .flatMap(reference -> em.createNamedQuery(Loan.OF_CUSTOMER_BY_REFERENCE, Loan.class)
                        .setParameter("customerId", order.customerId())
                        .setParameter("reference", reference)
                        .getResultStream())
                .distinct()
                .filter(loan -> loan.freezeFor(order.complaintId(), now))
                .forEach(loan -> {
                    book.record(loan, now, "lending", "collection and credit reporting frozen: " + order.reason());
                    outbox.publish(new CollectionFrozen(UUID.randomUUID(), now, order.complaintId(), loan.reference()));
                });
    }

    public Optional<LoanView> loan(String reference) {
        return em.createNamedQuery(Loan.BY_REFERENCE, Loan.class)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .map(LoanView::of);
    }
}
