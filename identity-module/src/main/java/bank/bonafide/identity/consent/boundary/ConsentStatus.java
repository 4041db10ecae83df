package bank.bonafide.identity.consent.boundary;

import bank.bonafide.identity.consent.control.BiometricNotice;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a customer stands: the notice they would be (or were) shown, whether a consent is active, and how
 * many face records the vault holds for them now.
 */
public record ConsentStatus(Optional<BiometricNotice> notice, Optional<Instant> givenAt, long facesKept) {

    public boolean active() {
        return givenAt.isPresent();
    }
}
