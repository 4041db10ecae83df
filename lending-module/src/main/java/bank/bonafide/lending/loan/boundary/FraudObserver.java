package bank.bonafide.lending.loan.boundary;

import bank.bonafide.platform.event.compensation.FraudEstablished;
import bank.bonafide.platform.event.compensation.FreezeOrdered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Lending's ear for fraud findings and the fraud playbook's freezes; {@link FraudWriteOff} acts in this module's transaction. */
@ApplicationScoped
public class FraudObserver {

    @Inject
    FraudWriteOff writeOff;

    @Inject
    CollectionFreeze freeze;

    void on(@Observes FraudEstablished e) {
        writeOff.onFraud(e);
    }

    void on(@Observes FreezeOrdered e) {
        freeze.onFreezeOrdered(e);
    }
}
