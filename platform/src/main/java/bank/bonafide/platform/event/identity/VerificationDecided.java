package bank.bonafide.platform.event.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Identity decided a verification. Carries references only (no ID number, phone or image): the
 * evidence package id lets a consumer ask identity for the sealed record.
 *
 * @param outcome            APPROVED, REFUSED or REVIEW
 * @param channel            where the customer acted (STM, COUNTER, MOBILE, ...): lending tells an in-person opening by it
 * @param actedAt            when the customer acted (a replay's own time), not when the decision was announced
 * @param reasons            why it was refused or must be reviewed, in words (no personal data); empty for approvals
 * @param confirmedTermsHash for a loan signing, the hash of the exact terms the customer's code confirmed; else null
 */
public record VerificationDecided(UUID eventId, Instant occurredAt, UUID decisionId, String customerId,
                                  String subjectReference, String purpose, String outcome, UUID evidencePackageId,
                                  String rulePackId, int rulePackVersion, String channel, Instant actedAt,
                                  List<String> reasons, String confirmedTermsHash) implements IdentityEvent {

    public VerificationDecided {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
