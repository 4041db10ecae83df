package bank.bonafide.platform.event.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The customer's credit record must no longer show this loan as hers: every delinquency the bank reported
 * on it is to be withdrawn at the credit bureau by {@code correctBy}.
 *
 * @param correctBy four business days after the finding (US-05's reference period), in the pack's calendar
 */
public record CreditRecordCorrectionRequested(UUID eventId, Instant occurredAt, UUID complaintId, String customerId,
                                              String loanReference, String correction, LocalDate correctBy)
        implements LendingEvent {
}
