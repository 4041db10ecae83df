package bank.bonafide.platform.outbox;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * A consumer's memory of the events it has acted on, kept in its own module's
 * {@code <module>_processed_event} table, in the same transaction as the effect.
 *
 * <p>Invariant: for one (event, consumer) pair the effect commits at most once; a concurrent duplicate
 * fails on the primary key and rolls back, and its retry then sees the row and skips.
 */
public final class ProcessedEvents {

    private ProcessedEvents() {
    }

    /**
     * Records that {@code consumer} handles {@code event} now.
     *
     * @return true the first time, false when the event was already handled (do nothing then)
     */
    public static boolean firstDelivery(EntityManager em, BoundedContext owner, String consumer, IntegrationEvent event) {
        String table = owner.key() + "_processed_event";
        Number seen = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM " + table + " WHERE event_id = ?1 AND consumer = ?2")
                .setParameter(1, event.eventId().toString())
                .setParameter(2, consumer)
                .getSingleResult();
        if (seen.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO " + table + " (event_id, consumer, processed_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, event.eventId().toString())
                .setParameter(2, consumer)
                .setParameter(3, Timestamps.utc(Instant.now()))
                .executeUpdate();
        return true;
    }
}
