package bank.bonafide.identity.vault.boundary;

import bank.bonafide.platform.runtime.JobLock;
import bank.bonafide.identity.customer.boundary.CustomerRecords;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Moves vault and customer records to the newest master key after a rotation, a batch of each every ten minutes. */
@Singleton
public class VaultUpkeep {

    private static final Logger LOG = Logger.getLogger(VaultUpkeep.class.getName());

    @Inject
    BiometricVault vault;

    @Inject
    CustomerRecords customers;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "vault key rotation")
    void rewrap() {
        if (!vault.available() || !JobLock.tryHold("identity.vault-rewrap")) {
            return;
        }
        int moved = vault.rewrapStale(500);
        int customerRecords = customers.rewrapStale(500);
        if (moved + customerRecords > 0) {
            LOG.info(() -> "vault: " + moved + " biometric and " + customerRecords + " customer records re-wrapped with the current master key");
        }
    }
}
