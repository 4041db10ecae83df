package bank.bonafide.identity.verification.entity;

import java.util.List;
import java.util.UUID;

/**
 * Inside identity only (a synchronous CDI event, in the deciding transaction): a decision came out as
 * REVIEW and a person must check {@code toCheck}. The review queue takes it from here.
 */
public record ReviewRequired(UUID decisionId, VerificationAttempt attempt, List<String> toCheck) {
}
