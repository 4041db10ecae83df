package bank.bonafide.complaints.complaint.boundary;

import bank.bonafide.platform.event.compensation.AdvanceCompensationPaid;
import bank.bonafide.platform.event.compensation.LiabilityAssessmentOpened;
import bank.bonafide.platform.event.compensation.PayoutDeadlineExtended;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import bank.bonafide.platform.event.lending.CollectionFrozen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Listens to the other contexts. Delegates to an EJB of this module because the persistence unit is
 * resolved in the firing module otherwise (see the outbox package notes).
 */
@ApplicationScoped
public class CaseFollowUpObserver {

    @Inject
    CaseFollowUp followUp;

    void on(@Observes LiabilityAssessmentOpened e) {
        followUp.assessmentOpened(e);
    }

    void on(@Observes IdentityEvidenceDisclosed e) {
        followUp.identityEvidence(e);
    }

    void on(@Observes AdvanceCompensationPaid e) {
        followUp.compensationPaid(e);
    }

    void on(@Observes PayoutDeadlineExtended e) {
        followUp.payoutDeadlineExtended(e);
    }

    void on(@Observes CollectionFrozen e) {
        followUp.collectionFrozen(e);
    }
}
