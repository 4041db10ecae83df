package bank.bonafide.platform.event.compensation;

import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The bank paid a customer first, out of the risk-provision fund (CN-17). The complaint it belongs to tells
 * the customer.
 *
 * @param timely paid by the deadline of the pack's advance-compensation clock
 */
public record AdvanceCompensationPaid(UUID eventId, Instant occurredAt, UUID complaintId, String payoutReference,
                                      String customerId, Money amount, Instant deadline, boolean timely)
        implements CompensationEvent {
}
