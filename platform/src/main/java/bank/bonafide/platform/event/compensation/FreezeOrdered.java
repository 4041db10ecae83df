package bank.bonafide.platform.event.compensation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The fraud playbook froze the accounts and loans a fraud touches (CN fraud-report practice: report to the
 * police, freeze, preserve, then negotiate): lending stops collecting on the loans, identity verifies nothing
 * more for the accounts, until the fraud case is closed.
 *
 * @param fraudCaseReference the bank's fraud case, for the timelines and the customer's file
 * @param customerId         whose name the items are in (the victim, not the suspect)
 * @param references         the bank's references of the accounts and loans frozen
 */
public record FreezeOrdered(UUID eventId, Instant occurredAt, String fraudCaseReference, UUID complaintId, String customerId,
                            List<String> references, String reason) implements CompensationEvent {

    public FreezeOrdered {
        references = List.copyOf(references);
    }
}
