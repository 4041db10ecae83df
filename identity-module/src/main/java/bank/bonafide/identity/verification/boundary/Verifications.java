package bank.bonafide.identity.verification.boundary;

import bank.bonafide.identity.access.boundary.Freezes;
import bank.bonafide.identity.consent.boundary.BiometricConsents;
import bank.bonafide.identity.evidence.control.EvidenceContent;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import bank.bonafide.identity.lostdocument.boundary.LostDocuments;
import bank.bonafide.identity.verification.control.ExternalChecks;
import bank.bonafide.identity.verification.control.VerificationPolicy;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.CollectedChecks;
import bank.bonafide.identity.verification.entity.FaceUse;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.ReviewRequired;
import bank.bonafide.identity.verification.entity.VerificationAttempt;
import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.event.identity.SuspectedFraud;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-verification: collect the external checks, judge them under the rule pack in force when the
 * event happened, and record the decision together with its sealed evidence package, in one transaction.
 */
@Stateless
public class Verifications {

    @Inject
    DecisionRegister register;

    @Inject
    Event<ReviewRequired> reviewRequired;

    @Inject
    LostDocuments lostDocuments;

    @Inject
    Outbox outbox;

    @Inject
    BiometricConsents consents;

    @Inject
    Freezes freezes;

    @Resource
    ManagedExecutorService executor;

    /**
     * Runs the carrier, registry and face checks for {@code applicant} in parallel, each within the
     * configured time limit. The face vendor is asked only when the customer has an active biometric
     * consent. No transaction: nothing is written while waiting on other parties.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CollectedChecks collect(String customerId, Applicant applicant, Instant occurredAt) {
        RulePack pack = RulePackLibrary.inForce(occurredAt);
        Integer window = pack.policy().identityChecks() == null ? null : pack.policy().identityChecks().simSwapMaxAgeHours();
        Config config = ConfigProvider.getConfig();
        String defaultUrl = "http://127.0.0.1:8290";
        ExternalChecks checks = new ExternalChecks(
                config.getOptionalValue("bonafide.checks.carrier-url", String.class).orElse(defaultUrl),
                config.getOptionalValue("bonafide.checks.registry-url", String.class).orElse(defaultUrl),
                config.getOptionalValue("bonafide.checks.face-url", String.class).orElse(defaultUrl),
                Duration.ofMillis(config.getOptionalValue("bonafide.checks.timeout-ms", Long.class).orElse(2000L)),
                window == null ? 72 : window);
        Applicant asked = consents.faceConsent(customerId).isPresent() ? applicant : applicant.withoutFace();
        CollectedChecks collected = checks.run(asked, executor);
        return lostDocuments.firstReport(applicant.idDocumentNumber())
                .map(r -> collected.plus(new Factor.LostReportedToBank(LostDocuments.day(r))))
                .orElse(collected);
    }

    /**
     * Decides on the collected checks (plus the channel's own factors: codes, passwords, counter checks)
     * and records the decision and its sealed evidence. A face counts, and its image is kept in the vault,
     * only under an active separate consent; without one the face is set aside and the other factors decide.
     *
     * @param capturedImage the terminal's photo, or null; stored encrypted in the vault, never anywhere else
     */
    public DecisionRecord decide(VerificationAttempt attempt, CollectedChecks checks, byte[] capturedImage) {
        List<Factor> factors = checks.factors();
        RulePack pack = RulePackLibrary.inForce(attempt.occurredAt());
        UUID decisionId = UUID.randomUUID();
        FaceUse face = faceUse(consents.faceConsent(attempt.customerId()), decisionId, factors, capturedImage);
        List<Factor> counted = face.consented() ? factors
                : factors.stream().filter(f -> !(f instanceof Factor.FaceComparison)).toList();
        Optional<String> frozen = freezes.frozen(attempt.subjectReference());
        // A frozen item is refused whatever its checks say; the checks are still recorded in the evidence.
        VerificationOutcome outcome = frozen.isPresent()
                ? new VerificationOutcome.Refused(List.of(frozen.get()), pack.id(), pack.version())
                : VerificationPolicy.decide(attempt.purpose(), counted, pack);
        Instant now = Instant.now();
        String content = EvidenceContent.of(decisionId, attempt, now, counted, checks.traces(), face, outcome, pack);
        String reasons = outcome.explanation().isEmpty() ? null : String.join("\n", outcome.explanation());
        EvidencePackage sealed = register.record(decisionId, content, p -> new VerificationDecision(decisionId,
                attempt.customerId(), attempt.subjectReference(), attempt.purpose().name(), attempt.channel(), outcome.verdict(),
                reasons, attempt.occurredAt(), p.id().toString(), counted.stream().map(f -> f.getClass().getSimpleName()).toList(),
                pack.id(), pack.version()).confirmingTerms(attempt.confirmedTermsHash()));
        List<String> signals = VerificationPolicy.hardBlocks(counted, pack.policy().identityChecks());
        if (!signals.isEmpty()) {
            outbox.publish(new SuspectedFraud(UUID.randomUUID(), now, decisionId, attempt.customerId(),
                    attempt.subjectReference(), attempt.purpose().name(), signals));
        }
        if (outcome instanceof VerificationOutcome.Review review) {
            reviewRequired.fire(new ReviewRequired(decisionId, attempt, review.toCheck()));
        }
        return new DecisionRecord(decisionId, outcome, sealed.id(), sealed.position(), sealed.seal());
    }

    /** The same, for factors that came without traces (the channel's own, replays, tests). */
    public DecisionRecord decide(VerificationAttempt attempt, List<Factor> factors, byte[] capturedImage) {
        return decide(attempt, CollectedChecks.of(factors), capturedImage);
    }

    private FaceUse faceUse(Optional<UUID> consent, UUID decisionId, List<Factor> factors, byte[] capturedImage) {
        boolean faceOffered = capturedImage != null || factors.stream().anyMatch(f -> f instanceof Factor.FaceComparison);
        if (consent.isEmpty()) {
            return new FaceUse(false, null, faceOffered
                    ? "no active biometric consent: face not used and no image kept; other factors decide"
                    : "no face offered");
        }
        if (capturedImage == null) {
            return new FaceUse(true, null, faceOffered ? "face compared by the vendor; no image sent to the bank" : "no face offered");
        }
        BiometricConsents.Capture kept = consents.capture(consent.get(), decisionId, capturedImage);
        return new FaceUse(true, kept.imageSha256(), "image kept encrypted in the biometric vault under consent " + kept.consentId());
    }
}
