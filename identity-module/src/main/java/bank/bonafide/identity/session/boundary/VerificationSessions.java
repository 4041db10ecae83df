package bank.bonafide.identity.session.boundary;

import bank.bonafide.identity.session.entity.VerificationSession;
import bank.bonafide.platform.text.Sentences;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Opens sessions, takes the channel's factors as they come, and hands a session to exactly one decision.
 * Someone else's session answers as if it did not exist.
 */
@Stateless
public class VerificationSessions {

    /** Long enough for a customer at a terminal, short enough that an abandoned session is useless. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private static final Sentences SENTENCES = Sentences.of(VerificationSessions.class);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    public VerificationSession open(String purpose, String channel, String terminalId, String customerId,
                                    String subjectReference, String openedBy) {
        Instant now = Instant.now();
        VerificationSession session = new VerificationSession(purpose, channel, terminalId, customerId, subjectReference,
                openedBy, now, now.plus(LIFETIME));
        em.persist(session);
        return session;
    }

    public SessionAccess submit(UUID id, String caller, Boolean oneTimeCode, Boolean paymentPassword, String officer) {
        SessionAccess access = usable(id, caller);
        if (access instanceof SessionAccess.Granted granted) {
            granted.session().submit(oneTimeCode, paymentPassword, officer);
        }
        return access;
    }

    /**
     * Takes the session for its decision: from OPEN to DECIDING in one conditional update, so two decision
     * requests racing for one session cannot both win.
     */
    public SessionAccess claim(UUID id, String caller) {
        SessionAccess access = usable(id, caller);
        if (!(access instanceof SessionAccess.Granted)) {
            return access;
        }
        int taken = em.createQuery("UPDATE VerificationSession s SET s.status = 'DECIDING' WHERE s.id = :id AND s.status = 'OPEN'")
                .setParameter("id", id).executeUpdate();
        if (taken == 0) {
            return new SessionAccess.Refused(false, SENTENCES.say("session.beingDecided"));
        }
        em.refresh(((SessionAccess.Granted) access).session());
        return access;
    }

    public void decided(UUID id, UUID decisionId) {
        em.find(VerificationSession.class, id).decided(decisionId);
    }

    private SessionAccess usable(UUID id, String caller) {
        VerificationSession session = em.find(VerificationSession.class, id);
        if (session == null || !session.openedBy().equals(caller)) {
            return new SessionAccess.Refused(true, SENTENCES.say("session.notYours"));
        }
        if (session.status() != VerificationSession.Status.OPEN) {
            return new SessionAccess.Refused(false, SENTENCES.say("session.alreadyDecided"));
        }
        if (Instant.now().isAfter(session.expiresAt())) {
            return new SessionAccess.Refused(false, SENTENCES.say("session.expired"));
        }
        return new SessionAccess.Granted(session);
    }
}
