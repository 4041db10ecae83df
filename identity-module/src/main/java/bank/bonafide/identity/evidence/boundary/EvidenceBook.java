package bank.bonafide.identity.evidence.boundary;

import bank.bonafide.identity.evidence.control.EvidenceSeal;
import bank.bonafide.identity.evidence.entity.EvidenceChainHead;
import bank.bonafide.identity.evidence.entity.EvidencePackage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Appends sealed evidence packages and verifies the chain. */
@Stateless
public class EvidenceBook {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** Seals {@code content} as the next package, in the caller's transaction (the decision's). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public EvidencePackage append(UUID decisionId, String content) {
        EvidenceChainHead head = em.find(EvidenceChainHead.class, EvidenceChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        String contentHash = EvidenceSeal.contentHash(content);
        String seal = EvidenceSeal.seal(head.lastSeal(), contentHash);
        EvidencePackage evidence = new EvidencePackage(head.lastPosition() + 1, decisionId, content, contentHash,
                head.lastSeal(), seal, Instant.now());
        em.persist(evidence);
        head.advance(evidence.position(), seal);
        return evidence;
    }

    /** Walks the whole chain from the start; reports the first package that does not fit. */
    public ChainVerification verify() {
        List<EvidencePackage> chain = em.createNamedQuery(EvidencePackage.CHAIN, EvidencePackage.class).getResultList();
        String previous = EvidenceSeal.GENESIS;
        long expectedPosition = 1;
        for (EvidencePackage p : chain) {
            String problem = null;
            if (p.position() != expectedPosition) {
                problem = "package " + expectedPosition + " is missing";
            } else if (!p.previousSeal().equals(previous)) {
                problem = "link to the previous package does not match";
            } else if (!EvidenceSeal.contentHash(p.content()).equals(p.contentSha256())) {
                problem = "content was changed after sealing";
            } else if (!EvidenceSeal.seal(previous, p.contentSha256()).equals(p.seal())) {
                problem = "seal does not match";
            }
            if (problem != null) {
                return new ChainVerification(false, (int) (expectedPosition - 1), expectedPosition, problem);
            }
            previous = p.seal();
            expectedPosition++;
        }
        EvidenceChainHead head = em.find(EvidenceChainHead.class, EvidenceChainHead.ID);
        if (head.lastPosition() != expectedPosition - 1 || !head.lastSeal().equals(previous)) {
            return new ChainVerification(false, chain.size(), expectedPosition, "the chain's end does not match its head");
        }
        return new ChainVerification(true, chain.size(), null, null);
    }

    public List<EvidencePackage> forDecision(UUID decisionId) {
        return em.createQuery("SELECT e FROM EvidencePackage e WHERE e.decisionId = :d", EvidencePackage.class)
                .setParameter("d", decisionId).getResultList();
    }
}
