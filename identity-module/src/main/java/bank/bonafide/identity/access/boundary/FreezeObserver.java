package bank.bonafide.identity.access.boundary;

import bank.bonafide.platform.event.compensation.FreezeOrdered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Identity's ear for the fraud playbook's freezes; {@link Freezes} records them in this module's transaction. */
@ApplicationScoped
public class FreezeObserver {

    @Inject
    Freezes freezes;

    void on(@Observes FreezeOrdered e) {
        freezes.onFreezeOrdered(e);
    }
}
