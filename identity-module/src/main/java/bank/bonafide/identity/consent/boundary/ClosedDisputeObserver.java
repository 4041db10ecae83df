package bank.bonafide.identity.consent.boundary;

import bank.bonafide.platform.event.complaints.ComplaintClosed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Identity's ear for closed disputes; {@link BiometricConsents} ends the legal holds they had. */
@ApplicationScoped
public class ClosedDisputeObserver {

    @Inject
    BiometricConsents consents;

    void on(@Observes ComplaintClosed e) {
        consents.releaseHoldsOf(e);
    }
}
