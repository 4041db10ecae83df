package bank.bonafide.platform.event.complaints;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint was closed with its outcome. What was held as evidence for it (faces under legal hold) may
 * now follow its normal retention again.
 *
 * @param outcome   EXPLANATION_ONLY, MONETARY_RELIEF or NON_MONETARY_RELIEF (CN-14 reporting)
 * @param timely    decided within the regulatory deadline, extensions included
 */
public record ComplaintClosed(UUID eventId, Instant occurredAt, UUID complaintId, String reference, String customerId,
                              String outcome, String rootCause, boolean timely) implements ComplaintsEvent {
}
