package bank.bonafide.lending.loan.boundary;

import bank.bonafide.platform.event.compensation.FraudEstablished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Lending's ear for fraud findings; {@link FraudWriteOff} acts in this module's transaction. */
@ApplicationScoped
public class FraudObserver {

    @Inject
    FraudWriteOff writeOff;

    void on(@Observes FraudEstablished e) {
        writeOff.onFraud(e);
    }
}
