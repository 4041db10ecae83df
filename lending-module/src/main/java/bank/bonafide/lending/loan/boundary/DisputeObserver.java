package bank.bonafide.lending.loan.boundary;

import bank.bonafide.platform.event.complaints.ComplaintFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Lending's ear for disputes; {@link CollectionFreeze} does the work in this module's transaction. */
@ApplicationScoped
public class DisputeObserver {

    @Inject
    CollectionFreeze freeze;

    void on(@Observes ComplaintFiled e) {
        freeze.onDispute(e);
    }
}
