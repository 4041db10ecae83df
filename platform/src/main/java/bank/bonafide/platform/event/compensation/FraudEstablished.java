package bank.bonafide.platform.event.compensation;

import java.time.Instant;
import java.util.UUID;

/**
 * The assessment of a dispute found that the customer did not act: someone else used her identity for the
 * disputed item. The loss is the bank's; lending writes off what was borrowed in her name.
 *
 * @param disputedReference the bank's reference of what was disputed (account, loan or payment)
 * @param basis why, in words, for the customer's file and the credit-record correction
 */
public record FraudEstablished(UUID eventId, Instant occurredAt, UUID assessmentId, UUID complaintId, String customerId,
                               String disputedReference, String basis, String decidedBy) implements CompensationEvent {
}
