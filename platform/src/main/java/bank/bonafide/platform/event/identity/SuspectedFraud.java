package bank.bonafide.platform.event.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verification was refused on signs of impersonation (US-04): a document reported lost, a phone that
 * is not the applicant's, a recent SIM swap. {@code customerId} is whom the applicant claimed to be: the
 * likely victim, not the suspect.
 */
public record SuspectedFraud(UUID eventId, Instant occurredAt, UUID decisionId, String customerId, String subjectReference,
                             String purpose, List<String> signals) implements IdentityEvent {

    public SuspectedFraud {
        signals = List.copyOf(signals);
    }
}
