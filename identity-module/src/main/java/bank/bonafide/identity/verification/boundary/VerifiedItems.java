package bank.bonafide.identity.verification.boundary;

import bank.bonafide.identity.verification.entity.Purpose;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The accounts and payments identity approved in a customer's name, newest first: what the customer can
 * pick from when they dispute one ("an account was opened in my name" starts here).
 */
@Stateless
public class VerifiedItems {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** One approved item: ACCOUNT for an opening, PAYMENT for a payment, with when it was approved. */
    public record Item(String kind, String reference, Instant approvedAt, String channel) {
    }

    public List<Item> of(String customerId, int max) {
        return em.createQuery("SELECT d.purpose, d.subjectReference, MAX(d.decidedAt), MAX(d.channel) FROM VerificationDecision d "
                        + "WHERE d.customerId = :customerId AND d.outcome = 'APPROVED' AND d.purpose IN (:opening, :payment) "
                        + "GROUP BY d.purpose, d.subjectReference ORDER BY MAX(d.decidedAt) DESC", Object[].class)
                .setParameter("customerId", customerId)
                .setParameter("opening", Purpose.ACCOUNT_OPENING.name())
                .setParameter("payment", Purpose.PAYMENT.name())
                .setMaxResults(max)
                .getResultStream()
                .map(row -> new Item(Purpose.ACCOUNT_OPENING.name().equals(row[0]) ? "ACCOUNT" : "PAYMENT",
                        (String) row[1], (Instant) row[2], (String) row[3]))
                .toList();
    }
}
