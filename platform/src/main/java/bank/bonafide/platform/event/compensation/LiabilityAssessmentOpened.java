package bank.bonafide.platform.event.compensation;

import java.time.Instant;
import java.util.UUID;

/** Compensation started assessing whether the bank can prove the customer's fault. */
public record LiabilityAssessmentOpened(UUID eventId, Instant occurredAt, UUID assessmentId, UUID complaintId)
        implements CompensationEvent {
}
