package bank.bonafide.identity.consent.boundary;

import bank.bonafide.platform.runtime.JobLock;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Deletes faces whose retention has ended (CN-04, CN-09: keep face data the shortest time). */
@Singleton
public class BiometricRetention {

    private static final Logger LOG = Logger.getLogger(BiometricRetention.class.getName());

    @Inject
    BiometricConsents consents;

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = "biometric retention")
    void purge() {
        if (!JobLock.tryHold("identity.biometric-retention")) {
            return; // another server purges
        }
        int purged = consents.purgeExpired();
        if (purged > 0) {
            LOG.info(() -> "biometric retention: " + purged + " vault records deleted");
        }
    }
}
