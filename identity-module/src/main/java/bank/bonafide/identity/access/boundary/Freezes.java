package bank.bonafide.identity.access.boundary;

import bank.bonafide.identity.access.entity.FrozenReference;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.compensation.FreezeOrdered;
import bank.bonafide.platform.outbox.ProcessedEvents;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Items frozen by the fraud playbook. A verification for a frozen item is refused whatever its checks say: an
 * impersonator holding the victim's documents and phone must not pass again while the case is open.
 */
@Stateless
public class Freezes {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public void onFreezeOrdered(FreezeOrdered order) {
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.IDENTITY, "Freezes", order)) {
            return;
        }
        Instant now = Instant.now();
        order.references().stream()
                .filter(r -> em.find(FrozenReference.class, r) == null)
                .forEach(r -> em.persist(new FrozenReference(r, order.customerId(), order.fraudCaseReference(), order.reason(), now)));
    }

    /** Why nothing may be verified for this reference, or empty when it is not frozen. */
    public Optional<String> frozen(String reference) {
        FrozenReference f = reference == null ? null : em.find(FrozenReference.class, reference);
        return f == null ? Optional.empty()
                : Optional.of(reference + " is frozen by fraud case " + f.fraudCaseReference() + ": nothing is verified for it while the case is open");
    }
}
