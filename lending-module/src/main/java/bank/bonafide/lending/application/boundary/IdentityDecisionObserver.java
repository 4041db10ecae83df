package bank.bonafide.lending.application.boundary;

import bank.bonafide.platform.event.identity.VerificationDecided;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Lending's ear for identity's decisions; {@link LoanApplications} acts in this module's transaction. */
@ApplicationScoped
public class IdentityDecisionObserver {

    @Inject
    LoanApplications applications;

    void on(@Observes VerificationDecided e) {
        applications.onIdentityDecision(e);
    }
}
