package bank.bonafide.identity.verification.boundary;

import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.evidence.control.EvidenceContent;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import bank.bonafide.identity.verification.control.ExternalChecks;
import bank.bonafide.identity.verification.control.VerificationPolicy;
import bank.bonafide.identity.verification.entity.Applicant;
import bank.bonafide.identity.verification.entity.Factor;
import bank.bonafide.identity.verification.entity.Purpose;
import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.identity.verification.entity.VerificationOutcome;
import bank.bonafide.platform.event.identity.VerificationDecided;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-verification: collect the external checks, judge them under the rule pack in force when the
 * event happened, and record the decision together with its sealed evidence package, in one transaction.
 */
@Stateless
public class Verifications {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    EvidenceBook evidence;

    @Inject
    Outbox outbox;

    @Resource
    ManagedExecutorService executor;

    /**
     * Runs the carrier, registry and face checks for {@code applicant} in parallel, each within the
     * configured time limit. No transaction: nothing is written while waiting on other parties.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Factor> collect(Applicant applicant, Instant occurredAt) {
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
        return checks.run(applicant, executor);
    }

    /**
     * Decides on the collected checks (plus the channel's own factors: codes, passwords, counter checks)
     * and records the decision and its sealed evidence.
     *
     * @param occurredAt when the customer acted; selects the rule pack (a 2019 event is judged by 2019 rules)
     */
    public DecisionRecord decide(String customerId, String subjectReference, Purpose purpose, String channel,
                                 Instant occurredAt, List<Factor> factors, String actor) {
        RulePack pack = RulePackLibrary.inForce(occurredAt);
        VerificationOutcome outcome = VerificationPolicy.decide(purpose, factors, pack);
        UUID decisionId = UUID.randomUUID();
        Instant now = Instant.now();
        String content = EvidenceContent.of(decisionId, customerId, subjectReference, purpose, channel, occurredAt, now,
                factors, outcome, pack, actor);
        EvidencePackage sealed = evidence.append(decisionId, content);
        String reasons = outcome.explanation().isEmpty() ? null : String.join("\n", outcome.explanation());
        String verdict = outcome.verdict();
        em.persist(new VerificationDecision(decisionId, customerId, subjectReference, purpose.name(), channel,
                verdict, reasons, occurredAt, sealed.id().toString(),
                factors.stream().map(f -> f.getClass().getSimpleName()).toList(), pack.id(), pack.version()));
        outbox.publish(new VerificationDecided(UUID.randomUUID(), now, decisionId, customerId, subjectReference,
                purpose.name(), verdict, sealed.id(), pack.id(), pack.version()));
        return new DecisionRecord(decisionId, outcome, sealed.id(), sealed.position(), sealed.seal());
    }
}
