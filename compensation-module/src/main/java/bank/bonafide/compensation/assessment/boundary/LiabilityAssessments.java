package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.compensation.assessment.control.BurdenOfProof;
import bank.bonafide.compensation.assessment.entity.LiabilityAssessment;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.compensation.FraudEstablished;
import bank.bonafide.platform.event.compensation.LiabilityAssessmentOpened;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Opens an assessment for every "it was not me" complaint and files identity's disclosure in it. */
@Stateless
public class LiabilityAssessments {

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    Outbox outbox;

    public void open(ComplaintFiled complaint) {
        if (!complaint.category().deniesAuthorship()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.COMPENSATION, "LiabilityAssessments.open", complaint)) {
            return;
        }
        Instant now = Instant.now();
        LiabilityAssessment assessment = new LiabilityAssessment(complaint.complaintId(), complaint.customerId(),
                complaint.disputedItem().reference(), now);
        em.persist(assessment);
        outbox.publish(new LiabilityAssessmentOpened(UUID.randomUUID(), now, assessment.id(), complaint.complaintId()));
    }

    /**
     * Files identity's answer. Identity may answer before this context has opened the assessment (each
     * observer is delivered independently), so throwing here makes the relay retry until it exists.
     */
    public void fileIdentityEvidence(IdentityEvidenceDisclosed evidence) {
        LiabilityAssessment assessment = em.createNamedQuery(LiabilityAssessment.FOR_COMPLAINT, LiabilityAssessment.class)
                .setParameter("complaintId", evidence.complaintId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AssessmentNotYetOpen(evidence.complaintId()));
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.COMPENSATION, "LiabilityAssessments.evidence", evidence)) {
            return;
        }
        assessment.recordIdentityEvidence(evidence.recordFound(), evidence.outcome(), evidence.evidencePackageId(),
                String.join(",", evidence.checksPerformed()), evidence.occurredAt());
        // Judged by the rules in force when the disputed decision was made (the 2019 opening by the 2019 pack).
        RulePack pack = RulePackLibrary.inForce(evidence.decidedAt() != null ? evidence.decidedAt() : evidence.occurredAt());
        BurdenOfProof.Assessment judged = BurdenOfProof.of(evidence, pack);
        assessment.judge(judged.finding().name(), judged.factors().stream().map(BurdenOfProof.Factor::line).toList(),
                pack.id(), pack.version());
    }

    /**
     * The assessor's finding that the customer did not act (the full burden-of-proof assessment comes with
     * advance compensation). Announced once; a second finding on the same assessment changes nothing.
     *
     * @return false when there is no assessment for the complaint or the finding was already made
     */
    public boolean establishFraud(UUID complaintId, String basis, String assessor) {
        Optional<LiabilityAssessment> found = em.createNamedQuery(LiabilityAssessment.FOR_COMPLAINT, LiabilityAssessment.class)
                .setParameter("complaintId", complaintId).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().establishFraud()) {
            return false;
        }
        LiabilityAssessment a = found.get();
        outbox.publish(new FraudEstablished(UUID.randomUUID(), Instant.now(), a.id(), complaintId, a.customerId(),
                a.disputedReference(), basis, assessor));
        return true;
    }

    public Optional<AssessmentView> forComplaint(UUID complaintId) {
        return em.createNamedQuery(LiabilityAssessment.FOR_COMPLAINT, LiabilityAssessment.class)
                .setParameter("complaintId", complaintId)
                .getResultStream()
                .findFirst()
                .map(AssessmentView::of);
    }
}
