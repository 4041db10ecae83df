package bank.bonafide.identity.vault.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Moves records to the newest master key after a rotation, a batch every ten minutes. */
@Singleton
public class VaultUpkeep {

    private static final Logger LOG = Logger.getLogger(VaultUpkeep.class.getName());

    @Inject
    BiometricVault vault;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "vault key rotation")
    void rewrap() {
        if (!vault.available()) {
            return;
        }
        int moved = vault.rewrapStale(500);
        if (moved > 0) {
            LOG.info(() -> "vault: " + moved + " records re-wrapped with the current master key");
        }
    }
}
