package bank.bonafide.identity.disclosure.boundary;

import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.disclosure.control.MissingChecks;
import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Discloses the verification record behind a disputed item; an absent record is disclosed too. */
@Stateless
public class DisputeDisclosure {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    EvidenceBook evidence;

    @Inject
    BiometricConsents consents;

    /** Staff who reviewed the decision, as maker or checker (the decision itself or the one a review replaced). */
    private List<String> involvedStaff(VerificationDecision d) {
        return em.createQuery("SELECT r FROM ReviewCase r WHERE r.decisionId = :d OR r.finalDecisionId = :d", ReviewCase.class)
                .setParameter("d", d.id())
                .getResultStream()
                .flatMap(r -> java.util.stream.Stream.of(r.proposedBy(), r.checkedBy()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /**
     * The decision that stands: a decision sent to review is replaced by the reviewers' decision. (Not left to
     * the order of decision times: on MariaDB through Connector/J they are kept to the second, and a review
     * confirmed within the same second as its case would tie.)
     */
    private VerificationDecision finalDecision(VerificationDecision d) {
        return em.createQuery("SELECT r FROM ReviewCase r WHERE r.decisionId = :d AND r.finalDecisionId IS NOT NULL", ReviewCase.class)
                .setParameter("d", d.id())
                .getResultStream()
                .findFirst()
                .map(r -> em.find(VerificationDecision.class, r.finalDecisionId()))
                .orElse(d);
    }

    public void disclose(ComplaintFiled complaint) {
        if (!complaint.category().deniesAuthorship()
                || !ProcessedEvents.firstDelivery(em, BoundedContext.IDENTITY, "DisputeDisclosure", complaint)) {
            return;
        }
        List<VerificationDecision> decisions = em.createNamedQuery(VerificationDecision.LATEST_FOR_SUBJECT,
                        VerificationDecision.class)
                .setParameter("subject", complaint.disputedItem().reference())
                .setParameter("customerId", complaint.customerId())
                .setMaxResults(1)
                .getResultStream()
                .map(this::finalDecision)
                .toList();
        IdentityEvidenceDisclosed disclosed = decisions.stream()
                .findFirst()
                .map(d -> new IdentityEvidenceDisclosed(UUID.randomUUID(), Instant.now(), complaint.complaintId(),
                        complaint.disputedItem(), true, d.outcome(), d.evidencePackageId(), d.decidedAt(),
                        d.checksPerformed(), d.reasons() == null ? List.of() : List.of(d.reasons().split("\n")),
                        d.evidencePackageId() != null && evidence.verify().intact(),
                        MissingChecks.of(d, RulePackLibrary.inForce(d.decidedAt())), involvedStaff(d)))
                .orElseGet(() -> new IdentityEvidenceDisclosed(UUID.randomUUID(), Instant.now(),
                        complaint.complaintId(), complaint.disputedItem(), false, "NONE", null, null, List.of(), List.of(),
                        false, List.of("any verification record for this item"), List.of()));
        // The faces are kept with the decision that captured them: the reviewed one, when a review replaced it.
        decisions.stream().findFirst().ifPresent(d -> {
            consents.holdFor(d.id(), complaint.complaintId());
            em.createQuery("SELECT r.decisionId FROM ReviewCase r WHERE r.finalDecisionId = :d", UUID.class)
                    .setParameter("d", d.id())
                    .getResultList()
                    .forEach(reviewed -> consents.holdFor(reviewed, complaint.complaintId()));
        });
        outbox.publish(disclosed);
    }
}
