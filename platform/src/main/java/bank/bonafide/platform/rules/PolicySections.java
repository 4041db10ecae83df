package bank.bonafide.platform.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed policy sections of a pack (DOMAIN.md 3) besides calendar, clocks and amounts. A section a
 * pack leaves out is absent (empty), never defaulted: a caller that needs it must refuse to decide.
 */
public record PolicySections(Authentication authentication, IdentityChecks identityChecks, Consent consent,
                             Map<String, DataClass> dataClasses, Liability liability,
                             AdvanceCompensation advanceCompensation, EvidencePackage evidencePackage,
                             StaffAccess staffAccess, ComplaintHandling complaints) {

    public PolicySections {
        dataClasses = dataClasses == null ? Map.of() : Map.copyOf(dataClasses);
    }

    /** Factors and face rules (CN-02, CN-03, CN-04, EU-01). */
    public record Authentication(int minimumFactors, boolean faceOnlyAllowed, BigDecimal faceThreshold,
                                 boolean livenessRequired, boolean dynamicLinking, boolean nonBiometricAlternative,
                                 String source, String note) {
    }

    /** Checks at opening and before lending (CN-01, US-04). */
    public record IdentityChecks(boolean lostIdRegistry, boolean phoneRealNameMatch, Integer simSwapMaxAgeHours,
                                 Integer coolingOffDays, List<String> redFlags, String source, String note) {
        public IdentityChecks {
            redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        }
    }

    /** Consent (CN-06, CN-07). */
    public record Consent(boolean separateBiometricConsent, boolean creditQueryNeedsConsent, String source, String note) {
    }

    /** How a class of personal data is kept (CN-09, CN-10, CN-11). */
    public record DataClass(boolean encrypted, String masking, boolean isolated, Integer retentionMinYears,
                            Integer retentionMaxDays, boolean legalHold, boolean neverLogged, String source) {
    }

    /** Who must prove what, and the default split when the holder's fault is shown (CN-18, EU-02). */
    public record Liability(String burdenOfProof, BigDecimal bankSharePercentWhenHolderAtFault, String source, String note) {
    }

    /** Pay first, prove later (CN-17, EU-03, US-01, UK-01): when, by which clock, from which account. */
    public record AdvanceCompensation(String trigger, String deadlineClock, String fundingAccount, String source, String note) {
    }

    /** What every evidence package must hold (CN-02, EU-02). */
    public record EvidencePackage(List<String> contents, String source) {
        public EvidencePackage {
            contents = List.copyOf(contents);
        }
    }

    /** Staff access to personal data (CN-12, CN-13). */
    public record StaffAccess(boolean purposeRequired, int bulkAlertRecords, int bulkSuspendRecords,
                              boolean exportNeedsApproval, boolean breakGlass, String source, String note) {
    }

    /**
     * Published channels, named owners (CN-15) and which clock decides a complaint. Owners and decision
     * clocks are keyed by complaint category, with {@code default} for the rest.
     */
    public record ComplaintHandling(List<Channel> channels, Map<String, Owner> owners, Map<String, String> decisionClocks,
                                    String source) {
        public ComplaintHandling {
            channels = List.copyOf(channels);
            owners = Map.copyOf(owners);
            decisionClocks = decisionClocks == null ? Map.of() : Map.copyOf(decisionClocks);
        }

        /** The owner for a category: its own, else the default; empty when the pack names neither. */
        public Optional<Owner> ownerFor(String category) {
            return Optional.ofNullable(owners.getOrDefault(category, owners.get("default")));
        }

        /** The clock name for a category: its own, else the default; empty when the pack names neither. */
        public Optional<String> decisionClockFor(String category) {
            return Optional.ofNullable(decisionClocks.getOrDefault(category, decisionClocks.get("default")));
        }

        public record Channel(String kind, String address) {
        }

        public record Owner(String department, String person) {
        }
    }

    public Optional<Authentication> authenticationPolicy() {
        return Optional.ofNullable(authentication);
    }

    public Optional<ComplaintHandling> complaintHandling() {
        return Optional.ofNullable(complaints);
    }

    public Optional<AdvanceCompensation> advanceCompensationRule() {
        return Optional.ofNullable(advanceCompensation);
    }
}
