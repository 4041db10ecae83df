package bank.bonafide.identity.disclosure.control;

import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.platform.rules.PolicySections;
import bank.bonafide.platform.rules.RulePack;
import java.util.ArrayList;
import java.util.List;

/**
 * What a disputed decision lacks against the rule pack in force when it was made: each check the pack
 * requires that left no factor, too few independent factors, and for a signing the hash of the confirmed
 * terms. A complaint handler reads this as "what the bank cannot show".
 */
public final class MissingChecks {

    private MissingChecks() {
    }

    public static List<String> of(VerificationDecision d, RulePack pack) {
        List<String> performed = d.checksPerformed();
        List<String> missing = new ArrayList<>();
        PolicySections.IdentityChecks checks = pack.policy().identityChecks();
        if (checks != null) {
            expect(missing, performed, checks.lostIdRegistry(), "LostDocumentCheck", "lost-ID registry check (" + checks.source() + ")");
            expect(missing, performed, checks.phoneRealNameMatch(), "KycMatch", "carrier real-name match of the phone (" + checks.source() + ")");
            expect(missing, performed, checks.simSwapMaxAgeHours() != null, "SimSwap", "SIM-swap check (" + checks.source() + ")");
        }
        pack.policy().authenticationPolicy().ifPresent(auth -> {
            if (performed.size() < auth.minimumFactors()) {
                missing.add(auth.minimumFactors() + " independent factors (" + auth.source() + "): only " + performed.size() + " recorded");
            }
        });
        if ("LOAN_SIGNING".equals(d.purpose()) && d.confirmedTermsHash() == null) {
            missing.add("hash of the terms the customer confirmed");
        }
        return missing;
    }

    private static void expect(List<String> missing, List<String> performed, boolean required, String factor, String label) {
        if (required && !performed.contains(factor)) {
            missing.add(label);
        }
    }
}
