package bank.bonafide.compensation.assessment.boundary;

import bank.bonafide.platform.event.complaints.ComplaintFiled;
import bank.bonafide.platform.event.identity.IdentityEvidenceDisclosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Compensation's ear for disputes and identity's answers; work is done by {@link LiabilityAssessments}. */
@ApplicationScoped
public class DisputeObserver {

    @Inject
    LiabilityAssessments assessments;

    void on(@Observes ComplaintFiled e) {
        assessments.open(e);
    }

    void on(@Observes IdentityEvidenceDisclosed e) {
        assessments.fileIdentityEvidence(e);
    }
}
