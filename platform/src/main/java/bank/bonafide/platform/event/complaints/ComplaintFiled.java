package bank.bonafide.platform.event.complaints;

import bank.bonafide.platform.event.DisputedItem;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer filed a complaint or dispute; its regulatory clock is running from {@code occurredAt}.
 *
 * @param reference           the reference number the customer was given
 * @param customerId          the bank's customer id (not an ID-card number)
 * @param regulatoryDeadline  when a decision is due under the clock that applies
 */
public record ComplaintFiled(UUID eventId, Instant occurredAt, UUID complaintId, String reference,
                             String customerId, DisputeCategory category, DisputedItem disputedItem,
                             Instant regulatoryDeadline) implements ComplaintsEvent {

    public static ComplaintFiled of(UUID complaintId, String reference, String customerId,
                                    DisputeCategory category, DisputedItem item, Instant filedAt,
                                    Instant regulatoryDeadline) {
        return new ComplaintFiled(UUID.randomUUID(), filedAt, complaintId, reference, customerId,
                category, item, regulatoryDeadline);
    }
}
