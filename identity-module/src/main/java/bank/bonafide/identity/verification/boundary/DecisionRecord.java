package bank.bonafide.identity.verification.boundary;

import bank.bonafide.identity.verification.entity.VerificationOutcome;
import java.util.UUID;

/** A decision as recorded: its id, the outcome, and the sealed evidence package behind it. */
public record DecisionRecord(UUID decisionId, VerificationOutcome outcome, UUID evidencePackageId, long evidencePosition,
                             String seal) {
}
