package bank.bonafide.platform.event.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Identity decided a verification. Carries references only (no ID number, phone or image): the
 * evidence package id lets a consumer ask identity for the sealed record.
 *
 * @param outcome APPROVED, REFUSED or REVIEW
 */
public record VerificationDecided(UUID eventId, Instant occurredAt, UUID decisionId, String customerId,
                                  String subjectReference, String purpose, String outcome, UUID evidencePackageId,
                                  String rulePackId, int rulePackVersion) implements IdentityEvent {
}
