package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.compensation.assessment.entity.LiabilityAssessment;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A detached snapshot of an assessment.
 *
 * @param finding         what the bank pays by: the assessor's conclusion, else what the evidence alone supports
 * @param evidenceFinding what identity's evidence alone supports, factor by factor ({@code factors})
 * @param payoutDue       by when a payment dispute must be paid if the bank cannot prove the customer's fault
 */
public record AssessmentView(UUID id, UUID complaintId, String customerId, String disputedReference, String status,
                             Instant openedAt, Boolean identityRecordFound, String identityOutcome,
                             String evidencePackageId, String identityChecks, String finding, List<String> factors,
                             String rulePackId, String evidenceFinding, boolean concluded, boolean thirdPartyFraud,
                             String citedEvidence, BigDecimal customerFaultPercent, String concludedBy, Instant concludedAt,
                             List<String> involvedStaff, Instant claimedAt, Instant payoutDue, Instant payoutEscalatedAt) {

    static AssessmentView of(LiabilityAssessment a) {
        return new AssessmentView(a.id(), a.complaintId(), a.customerId(), a.disputedReference(), a.status(),
                a.openedAt(), a.identityRecordFound(), a.identityOutcome(), a.evidencePackageId(), a.identityChecks(),
                a.effectiveFinding(), a.factors(), a.rulePackId(), a.finding(), a.assessorFinding() != null, a.thirdPartyFraud(),
                a.citedEvidence(), a.customerFaultPercent(), a.concludedBy(), a.concludedAt(), a.involvedStaff(), a.claimedAt(),
                a.payoutDue(), a.payoutEscalatedAt());
    }
}
