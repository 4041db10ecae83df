package bank.bonafide.platform.event.lending;

import java.time.Instant;
import java.util.UUID;

/** Collection and credit reporting on a loan stopped because the customer disputes it. */
public record CollectionFrozen(UUID eventId, Instant occurredAt, UUID complaintId, String loanReference)
        implements LendingEvent {
}
