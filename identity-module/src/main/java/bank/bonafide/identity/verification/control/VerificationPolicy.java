package bank.bonafide.identity.verification.control;

import bank.bonafide.identity.verification.entity.CheckAnswer;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.FactorCategory;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.rules.PolicySections.Authentication;
import bank.bonafide.platform.rules.PolicySections.IdentityChecks;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a set of check results under a rule pack (CN-01, CN-02, CN-03, CN-05, EU-01, US-04).
 *
 * <p>Invariants, whatever the pack says:
 * <ul>
 * <li>a document reported lost (to the police registry or to the bank), a phone registered to someone
 *     else, or a recent SIM swap refuses;</li>
 * <li>a face alone never approves, and a face below the pack's threshold counts against, not for;</li>
 * <li>an answer that is {@code NOT_AVAILABLE} (or missing) never passes: a required check without an
 *     answer sends the case to a person;</li>
 * <li>a one-time code proves possession only when it went to a number proven to be the customer's.</li>
 * </ul>
 */
public final class VerificationPolicy {

    private VerificationPolicy() {
    }

    public static VerificationOutcome decide(Purpose purpose, List<Factor> factors, RulePack pack) {
        Authentication auth = pack.policy().authenticationPolicy()
                .orElseThrow(() -> new RulePackException(pack.id() + " has no authentication section: no decision without one"));
        IdentityChecks checks = pack.policy().identityChecks();
        List<String> refusals = new ArrayList<>(hardBlocks(factors, checks));
        List<String> review = new ArrayList<>();
        Set<FactorCategory> passed = EnumSet.noneOf(FactorCategory.class);

        Optional<Factor.LostDocumentCheck> lost = first(factors, Factor.LostDocumentCheck.class);
        Optional<Factor.KycMatch> kyc = first(factors, Factor.KycMatch.class);
        boolean phoneIsTheirs = kyc.map(k -> k.idDocumentMatch().confirmed() && k.nameMatch().confirmed()).orElse(false);

        for (Factor factor : factors) {
            if (factor instanceof Factor.FaceComparison face) {
                if (face.score().compareTo(auth.faceThreshold()) < 0) {
                    refusals.add("face score " + face.score().toPlainString() + " below threshold " + auth.faceThreshold().toPlainString());
                } else if (auth.livenessRequired() && face.liveness() != Factor.FaceComparison.Liveness.PASSED) {
                    refusals.add("liveness not passed");
                } else {
                    passed.add(FactorCategory.INHERENCE);
                }
            } else if (factor instanceof Factor.OneTimeCode otp && otp.matched() && otp.sentToVerifiedNumber() && phoneIsTheirs) {
                passed.add(FactorCategory.POSSESSION);
            } else if (factor instanceof Factor.NumberVerification nv && nv.devicePhoneNumberVerified().confirmed() && phoneIsTheirs) {
                passed.add(FactorCategory.POSSESSION);
            } else if (factor instanceof Factor.PaymentPassword pw && pw.matched()) {
                passed.add(FactorCategory.KNOWLEDGE);
            } else if (factor instanceof Factor.CounterOfficerCheck officer && officer.documentInspected()) {
                passed.add(FactorCategory.DOCUMENT);
            }
        }

        // US-04 "inconsistent data": the carrier holds the number under the applicant's ID but another name.
        // The owner is the applicant by ID, so it is no block; a person checks the name against the document.
        if (kyc.map(k -> k.idDocumentMatch() == CheckAnswer.TRUE && k.nameMatch() == CheckAnswer.FALSE).orElse(false)) {
            review.add("red flag, inconsistent data: the carrier has this number under the applicant's ID but another name; "
                    + "check the name against the document");
        }
        if (checks != null && requiresIdentityChecks(purpose)) {
            if (checks.lostIdRegistry() && lost.map(l -> l.reportedLost() == CheckAnswer.NOT_AVAILABLE).orElse(true)) {
                review.add("lost-document registry gave no answer: check the document against the police record");
            }
            if (checks.phoneRealNameMatch() && kyc.map(k -> k.idDocumentMatch() == CheckAnswer.NOT_AVAILABLE
                    || k.nameMatch() == CheckAnswer.NOT_AVAILABLE).orElse(true)) {
                review.add("carrier could not confirm the phone's owner: confirm the number is the applicant's");
            }
        }

        if (!refusals.isEmpty()) {
            return new VerificationOutcome.Refused(refusals, pack.id(), pack.version());
        }
        boolean faceOnly = passed.equals(EnumSet.of(FactorCategory.INHERENCE));
        if (passed.size() < auth.minimumFactors() || (faceOnly && !auth.faceOnlyAllowed())) {
            List<String> reasons = new ArrayList<>();
            reasons.add("needs " + auth.minimumFactors() + " independent factors, has " + passed.size() + " " + passed);
            if (faceOnly && !auth.faceOnlyAllowed()) {
                reasons.add("a face match alone never authorizes");
            }
            return review.isEmpty() ? new VerificationOutcome.Refused(reasons, pack.id(), pack.version())
                    : new VerificationOutcome.Review(review, pack.id(), pack.version());
        }
        if (!review.isEmpty()) {
            return new VerificationOutcome.Review(review, pack.id(), pack.version());
        }
        return new VerificationOutcome.Approved(passed, pack.id(), pack.version());
    }

    /**
     * The refusals that are also signs of impersonation (US-04 red flags): a document reported lost, a phone
     * registered to someone else, a recent SIM swap. Identity announces them as suspected fraud.
     */
    public static List<String> hardBlocks(List<Factor> factors, IdentityChecks checks) {
        List<String> blocks = new ArrayList<>();
        first(factors, Factor.LostDocumentCheck.class).filter(l -> l.reportedLost() == CheckAnswer.TRUE).ifPresent(l ->
                blocks.add("document reported lost" + Optional.ofNullable(l.reportedOn()).map(d -> " on " + d).orElse("")));
        first(factors, Factor.LostReportedToBank.class).ifPresent(r ->
                blocks.add("document reported lost to the bank on " + r.reportedOn()));
        first(factors, Factor.KycMatch.class).filter(k -> k.idDocumentMatch() == CheckAnswer.FALSE
                || (k.nameMatch() == CheckAnswer.FALSE && k.idDocumentMatch() != CheckAnswer.TRUE))
                .ifPresent(k -> blocks.add("phone number not registered to the applicant"));
        first(factors, Factor.SimSwap.class).filter(s -> s.swappedWithinWindow() == CheckAnswer.TRUE).ifPresent(s ->
                blocks.add("SIM swapped within the last " + (checks == null || checks.simSwapMaxAgeHours() == null
                        ? "window" : checks.simSwapMaxAgeHours() + " hours")));
        return blocks;
    }

    private static boolean requiresIdentityChecks(Purpose purpose) {
        return purpose == Purpose.ACCOUNT_OPENING || purpose == Purpose.LOAN_SIGNING;
    }

    private static <T extends Factor> Optional<T> first(List<Factor> factors, Class<T> type) {
        return factors.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
