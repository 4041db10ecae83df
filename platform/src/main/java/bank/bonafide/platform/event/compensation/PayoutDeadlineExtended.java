package bank.bonafide.platform.event.compensation;

import java.time.Instant;
import java.util.UUID;

/**
 * The clock of an advance-compensation payout was stopped under the pack's extension (UK-01: up to 35 business
 * days), which the customer must be told of: complaints writes it on her case, with the reason.
 */
public record PayoutDeadlineExtended(UUID eventId, Instant occurredAt, UUID complaintId, String payoutReference,
                                     Instant previousDeadline, Instant newDeadline, String reason, String source)
        implements CompensationEvent {
}
