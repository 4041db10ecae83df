package bank.bonafide.identity.verification.boundary;

import bank.bonafide.identity.evidence.boundary.EvidenceBook;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import bank.bonafide.identity.verification.entity.VerificationDecision;
import bank.bonafide.platform.event.identity.VerificationDecided;
import bank.bonafide.platform.outbox.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Records a decision the one way every decision is recorded, whether the policy or two members of staff
 * made it: its evidence sealed into the chain, the decision row pointing at that package, and the
 * announcement through the outbox, all in the caller's transaction.
 */
@Stateless
public class DecisionRegister {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    EvidenceBook evidence;

    @Inject
    Outbox outbox;

    /** @param decision builds the decision row from its sealed package */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public EvidencePackage record(UUID decisionId, String content, Function<EvidencePackage, VerificationDecision> decision) {
        EvidencePackage sealed = evidence.append(decisionId, content);
        VerificationDecision d = decision.apply(sealed);
        em.persist(d);
        outbox.publish(new VerificationDecided(UUID.randomUUID(), Instant.now(), d.id(), d.customerId(), d.subjectReference(),
                d.purpose(), d.outcome(), sealed.id(), d.rulePackId(), d.rulePackVersion() == null ? 0 : d.rulePackVersion(),
                d.channel(), d.decidedAt(), d.reasons() == null ? List.of() : List.of(d.reasons().split("\n")),
                d.confirmedTermsHash()));
        return sealed;
    }
}
