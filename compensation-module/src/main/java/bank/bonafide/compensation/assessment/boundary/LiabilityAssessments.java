package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.compensation.assessment.control.BurdenOfProof;
import bank.bonafide.compensation.assessment.entity.LiabilityAssessment;
import bank.bonafide.compensation.payout.control.PayoutDeadline;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.compensation.FraudEstablished;
import bank.bonafide.platform.event.compensation.LiabilityAssessmentOpened;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackException;
import bank.bonafide.platform.rules.RulePackLibrary;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Opens an assessment for every "it was not me" complaint and files identity's disclosure in it. */
@Stateless
public class LiabilityAssessments {

    private static final Sentences SENTENCES = Sentences.of(LiabilityAssessments.class);

    @PersistenceContext(unitName = "compensation")
    EntityManager em;

    @Inject
    Outbox outbox;

    static final Set<String> ASSESSORS = Set.of("BACK_OFFICE", "COMPLAINT_HANDLER", "COMPENSATION_APPROVER");

    public void open(ComplaintFiled complaint) {
        if (!complaint.category().deniesAuthorship()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.COMPENSATION, "LiabilityAssessments.open", complaint)) {
            return;
        }
        Instant now = Instant.now();
        Instant claimedAt = complaint.occurredAt();
        LiabilityAssessment assessment = new LiabilityAssessment(complaint.complaintId(), complaint.customerId(),
                complaint.disputedItem().reference(), claimedAt,
                // Money taken from her is paid back by the clock; a loan or account in her name is settled by writing it
                // off and returning what she repaid (lending, then repayment returns), on the same clock.
                complaint.disputedItem().kind() == DisputedItem.Kind.PAYMENT ? payoutDue(claimedAt) : null, now);
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
                String.join(",", evidence.checksPerformed()), evidence.involvedStaff(), evidence.occurredAt());
        // Judged by the rules in force when the disputed decision was made (the 2019 opening by the 2019 pack).
        RulePack pack = RulePackLibrary.inForce(evidence.decidedAt() != null ? evidence.decidedAt() : evidence.occurredAt());
        BurdenOfProof.Assessment judged = BurdenOfProof.of(evidence, pack);
        assessment.judge(judged.finding().name(), judged.factors().stream().map(BurdenOfProof.Factor::line).toList(),
                pack.id(), pack.version());
    }

    /**
     * The assessor concludes the assessment (see {@link LiabilityAssessment#conclude} for what is refused). A
     * conclusion that someone else acted announces {@link FraudEstablished}: lending writes off what was borrowed
     * in her name and corrects her credit record.
     */
    public AssessmentStep conclude(UUID complaintId, Conclusion conclusion, String assessor, Set<String> roles) {
        Optional<LiabilityAssessment> found = find(complaintId);
        if (found.isEmpty()) {
            return new AssessmentStep.NotFound();
        }
        if (roles.stream().noneMatch(ASSESSORS::contains)) {
            return new AssessmentStep.Refused(SENTENCES.say("conclude.roles"));
        }
        String malformed = conclusion.malformed();
        if (malformed != null) {
            return new AssessmentStep.Refused(malformed);
        }
        LiabilityAssessment a = found.get();
        Instant now = Instant.now();
        Optional<String> refused = a.conclude(conclusion.finding().name(), conclusion.againstCustomer(), conclusion.thirdPartyFraud(),
                conclusion.citedEvidence(), conclusion.customerFaultPercent(), assessor, now);
        if (refused.isPresent()) {
            return new AssessmentStep.Refused(refused.get());
        }
        if (conclusion.thirdPartyFraud()) {
            outbox.publish(new FraudEstablished(UUID.randomUUID(), now, a.id(), complaintId, a.customerId(),
                    a.disputedReference(), a.citedEvidence(), assessor));
        }
        return new AssessmentStep.Done(AssessmentView.of(a));
    }

    /**
     * Escalates, once, every assessment whose advance-compensation clock is within {@code warning} of {@code now}
     * while no payout for it has been proposed or paid: the bank pays by the deadline whether or not the
     * assessment has concluded (provisional credit), unless it has found the customer's own fraud or gross
     * negligence. Returns the complaints escalated.
     */
    public List<UUID> escalateUnpaid(Instant now, java.time.Duration warning) {
        return unpaid(now.plus(warning), Integer.MAX_VALUE).stream()
                .filter(a -> a.escalateIfDue(now, warning))
                .map(LiabilityAssessment::complaintId)
                .toList();
    }

    /** Assessments whose payout clock is running with no payout proposed, the nearest deadline first. */
    public List<AssessmentView> awaitingPayout(int max) {
        return unpaid(null, max).stream().map(AssessmentView::of).toList();
    }

    /**
     * Assessments with a payout clock, not concluded against the customer, and no payout for the loss proposed,
     * approved or paid (a rejected one or a repayment return does not count); due by {@code dueBy} when given.
     */
    private List<LiabilityAssessment> unpaid(Instant dueBy, int max) {
        var query = em.createQuery("SELECT a FROM LiabilityAssessment a WHERE a.payoutDue IS NOT NULL"
                        + (dueBy == null ? "" : " AND a.payoutDue <= :dueBy AND a.payoutEscalatedAt IS NULL")
                        + " AND (a.assessorFinding IS NULL OR a.assessorFinding NOT IN ('CUSTOMER_FRAUD', 'GROSS_NEGLIGENCE'))"
                        + " AND NOT EXISTS (SELECT p FROM AdvanceCompensation p WHERE p.complaintId = a.complaintId"
                        + " AND p.returnsRepayment = false"
                        + " AND p.status <> bank.bonafide.compensation.payout.entity.AdvanceCompensation.Status.REJECTED)"
                        + " ORDER BY a.payoutDue", LiabilityAssessment.class);
        if (dueBy != null) {
            query.setParameter("dueBy", dueBy);
        }
        return query.setMaxResults(max).getResultList();
    }

    private Optional<LiabilityAssessment> find(UUID complaintId) {
        return em.createNamedQuery(LiabilityAssessment.FOR_COMPLAINT, LiabilityAssessment.class)
                .setParameter("complaintId", complaintId).getResultStream().findFirst();
    }

    /** The advance-compensation deadline of a claim made at {@code claimedAt}, or null where the pack sets none. */
    private static Instant payoutDue(Instant claimedAt) {
        try {
            return PayoutDeadline.of(RulePackLibrary.inForce(claimedAt), claimedAt, null).dueAt();
        } catch (RulePackException e) {
            return null;
        }
    }

    public Optional<AssessmentView> forComplaint(UUID complaintId) {
        return em.createNamedQuery(LiabilityAssessment.FOR_COMPLAINT, LiabilityAssessment.class)
                .setParameter("complaintId", complaintId)
                .getResultStream()
                .findFirst()
                .map(AssessmentView::of);
    }
}
