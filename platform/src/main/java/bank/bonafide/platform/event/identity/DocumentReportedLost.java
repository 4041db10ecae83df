package bank.bonafide.platform.event.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's ID document was reported lost to the bank; from now on identity refuses any opening or
 * step-up with it. No document number travels: {@code reportId} lets a consumer ask identity.
 */
public record DocumentReportedLost(UUID eventId, Instant occurredAt, UUID reportId, String customerId, String reportedVia)
        implements IdentityEvent {
}
