package bank.bonafide.platform.event.lending;

import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A loan taken in a customer's name by someone else is written off to the bank. What she repaid herself
 * is owed back to her; compensation returns it.
 *
 * @param writtenOff         the principal, interest and fees the bank gives up
 * @param repaidByCustomer   everything the customer paid on the loan, to be returned
 */
public record LoanWrittenOff(UUID eventId, Instant occurredAt, UUID complaintId, String customerId, String loanReference,
                             Money writtenOff, Money repaidByCustomer) implements LendingEvent {
}
