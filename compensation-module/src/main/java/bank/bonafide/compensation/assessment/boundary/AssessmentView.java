package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.compensation.assessment.entity.LiabilityAssessment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A detached snapshot of an assessment. */
public record AssessmentView(UUID id, UUID complaintId, String customerId, String disputedReference, String status,
                             Instant openedAt, Boolean identityRecordFound, String identityOutcome,
                             String evidencePackageId, String identityChecks, String finding, List<String> factors,
                             String rulePackId) {

    static AssessmentView of(LiabilityAssessment a) {
        return new AssessmentView(a.id(), a.complaintId(), a.customerId(), a.disputedReference(), a.status(),
                a.openedAt(), a.identityRecordFound(), a.identityOutcome(), a.evidencePackageId(), a.identityChecks(),
                a.finding(), a.factors(), a.rulePackId());
    }
}
