package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.complaints.complaint.entity.Complaint;
import bank.bonafide.complaints.complaint.entity.DisputedEvidence;
import bank.bonafide.complaints.complaint.entity.TimelineEntry;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.IntegrationEvent;
import bank.bonafide.platform.event.compensation.AdvanceCompensationPaid;
import bank.bonafide.platform.event.compensation.LiabilityAssessmentOpened;
import bank.bonafide.platform.event.compensation.PayoutDeadlineExtended;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.event.lending.CollectionFrozen;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Writes what the other contexts report about a case into its timeline, once per event. */
@Stateless
public class CaseFollowUp {

    @PersistenceContext(unitName = "complaints")
    EntityManager em;

    public void assessmentOpened(LiabilityAssessmentOpened e) {
        append(e, e.complaintId(), "LIABILITY_ASSESSMENT_OPENED", e.assessmentId().toString());
    }

    public void identityEvidence(IdentityEvidenceDisclosed e) {
        String found = !e.recordFound() ? "no verification record"
                : e.outcome() + (e.evidencePackageId() == null ? " (no evidence package)"
                : " evidence " + e.evidencePackageId() + (e.evidenceIntact() ? " (sealed, chain intact)" : " (CHAIN BROKEN)"))
                + (e.reasons().isEmpty() ? "" : ": " + String.join("; ", e.reasons()));
        if (found.length() > 255) {
            found = found.substring(0, 252) + "...";  // the timeline column holds 255
        }
        if (append(e, e.complaintId(), "IDENTITY_EVIDENCE_DISCLOSED", found)) {
            em.persist(new DisputedEvidence(e.complaintId(), e.occurredAt(), e.recordFound(), e.outcome(),
                    e.evidencePackageId(), e.decidedAt(), e.evidenceIntact(), e.checksPerformed(), e.checksMissing(),
                    e.reasons(), e.involvedStaff()));
        }
    }

    /** The bank paid the customer first: she reads it on her case. Nothing for a payout without a complaint here. */
    public void compensationPaid(AdvanceCompensationPaid e) {
        if (em.find(Complaint.class, e.complaintId()) == null) {
            return;
        }
        append(e, e.complaintId(), "COMPENSATION_PAID", e.amount().currency() + " " + Money.plain(e.amount().amount())
                + " paid to you (" + e.payoutReference() + ")");
    }

    /** The bank stopped the payout's clock under the pack's extension: the customer is told why and the new date. */
    public void payoutDeadlineExtended(PayoutDeadlineExtended e) {
        if (em.find(Complaint.class, e.complaintId()) == null) {
            return;
        }
        String line = e.payoutReference() + " now due by " + e.newDeadline().atZone(RulePackLibrary.inForce(e.occurredAt()).calendar().zone()).toLocalDate() + " (" + e.source() + "): " + e.reason();
        append(e, e.complaintId(), "COMPENSATION_DEADLINE_EXTENDED", line.length() <= 255 ? line : line.substring(0, 252) + "...");
    }

    public void collectionFrozen(CollectionFrozen e) {
        append(e, e.complaintId(), "COLLECTION_FROZEN", e.loanReference());
    }

    /** Appends the line on the event's first delivery; false for a repeat. */
    private boolean append(IntegrationEvent e, UUID complaintId, String kind, String value) {
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.COMPLAINTS, "CaseFollowUp", e)) {
            return false;
        }
        em.persist(new TimelineEntry(complaintId, e.occurredAt(), "system:" + e.publisher().key(), kind, null, value));
        return true;
    }
}
