package bank.bonafide.identity.consent.control;

import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import java.util.Optional;

/**
 * What the customer is shown before consenting to face processing: purpose, what is kept, for how long,
 * and that saying no leaves a way without face. The consent record stores the hash of exactly this text.
 */
public record BiometricNotice(String purpose, int retentionDays, String text, String packId, int packVersion) {

    public static final String PURPOSE = "face comparison and liveness check to confirm it is you when you open an "
            + "account or sign a loan";

    /** The notice under {@code pack}; empty when the pack sets no retention for biometrics, so no consent can be asked. */
    public static Optional<BiometricNotice> under(RulePack pack) {
        PolicySections.DataClass biometrics = pack.policy().dataClasses().get("C3");
        if (biometrics == null || biometrics.retentionMaxDays() == null) {
            return Optional.empty();
        }
        int days = biometrics.retentionMaxDays();
        String text = "Separate consent to biometric processing. Purpose: " + PURPOSE + ". What we keep: the photo "
                + "taken at the terminal, encrypted and stored apart from your name, ID number and accounts. How long: "
                + days + " days, then it is deleted. You can withdraw at any time; your face data is then deleted at "
                + "once. Without this consent we verify you without your face: ID document check, one-time code to "
                + "your own phone, payment password, or at a branch counter.";
        return Optional.of(new BiometricNotice(PURPOSE, days, text, pack.id(), pack.version()));
    }

    public String sha256() {
        return Sha256.hex(text);
    }
}
