package bank.bonafide.identity.review.boundary;

import java.util.UUID;

/** What a reviewer's action came to. */
public sealed interface ReviewStep {

    /** Proposed; it waits for a second person. */
    record Proposed(UUID caseId) implements ReviewStep {
    }

    /** Confirmed by a second person: the new decision and its sealed evidence. */
    record Decided(UUID caseId, UUID decisionId, String outcome, UUID evidencePackageId) implements ReviewStep {
    }

    /** Sent back to the queue by the checker. */
    record Declined(UUID caseId) implements ReviewStep {
    }

    /** Not done, and why, in words for the reviewer. */
    record NotAllowed(String reason) implements ReviewStep {
    }
}
