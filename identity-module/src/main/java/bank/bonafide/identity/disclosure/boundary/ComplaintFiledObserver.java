package bank.bonafide.identity.disclosure.boundary;

import bank.bonafide.platform.event.complaints.ComplaintFiled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Identity's ear for new disputes; the work is done by {@link DisputeDisclosure} in this module. */
@ApplicationScoped
public class ComplaintFiledObserver {

    @Inject
    DisputeDisclosure disclosure;

    void on(@Observes ComplaintFiled e) {
        disclosure.disclose(e);
    }
}
