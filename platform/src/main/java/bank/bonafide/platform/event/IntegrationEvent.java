package bank.bonafide.platform.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one context announces to the others after its transaction committed.
 *
 * <p>Invariant: {@link #eventId()} is unique per fact and stays the same on every redelivery, so
 * consumers deduplicate on it (delivery is at least once, the effect exactly once).
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    /** The context that owns this fact and whose outbox relays it. */
    BoundedContext publisher();
}
