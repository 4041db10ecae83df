package bank.bonafide.identity.consent.boundary;

import bank.bonafide.identity.consent.control.BiometricNotice;
import bank.bonafide.identity.consent.entity.BiometricCapture;
import bank.bonafide.identity.consent.entity.BiometricConsent;
import bank.bonafide.identity.vault.boundary.BiometricVault;
import bank.bonafide.identity.vault.entity.VaultRecord;
import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.complaints.ComplaintClosed;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Giving and withdrawing biometric consent, and capturing a face only under one. Withdrawal deletes every
 * face the vault holds for the customer in the same transaction.
 */
@Stateless
public class BiometricConsents {

    static final String WITHDRAWN = "consent withdrawn";
    static final String RETENTION_ENDED = "retention ended";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    BiometricVault vault;

    /** The notice under the rules in force now; empty when no consent can be asked for. */
    public Optional<BiometricNotice> notice() {
        return vault.available() ? BiometricNotice.under(RulePackLibrary.inForce(Instant.now())) : Optional.empty();
    }

    public ConsentStatus status(String customerId) {
        Optional<BiometricConsent> active = active(customerId);
        long kept = em.createQuery("SELECT COUNT(b) FROM BiometricCapture b, BiometricConsent c WHERE b.consentId = c.id "
                        + "AND c.customerId = :customerId AND b.purgedAt IS NULL", Long.class)
                .setParameter("customerId", customerId).getSingleResult();
        return new ConsentStatus(notice(), active.map(BiometricConsent::givenAt), kept);
    }

    /** Records a separate consent after the customer was shown {@link #notice()} on {@code via}. */
    public ConsentChange give(String customerId, String via) {
        Optional<BiometricConsent> active = active(customerId);
        if (active.isPresent()) {
            return new ConsentChange.Given(active.get().id(), true);
        }
        Optional<BiometricNotice> notice = notice();
        if (notice.isEmpty()) {
            return new ConsentChange.NotOffered(vault.available()
                    ? "the rules in force set no retention period for biometric data"
                    : "the biometric vault has no master key configured");
        }
        BiometricNotice n = notice.get();
        BiometricConsent consent = new BiometricConsent(customerId, n.purpose(), n.retentionDays(), n.sha256(), n.packId(),
                n.packVersion(), via, Instant.now());
        em.persist(consent);
        return new ConsentChange.Given(consent.id(), false);
    }

    /** Withdraws consent and purges every face kept for the customer, under any consent they ever gave. */
    public ConsentChange withdraw(String customerId, String via) {
        List<BiometricConsent> active = em.createNamedQuery(BiometricConsent.ACTIVE, BiometricConsent.class)
                .setParameter("customerId", customerId).getResultList();
        if (active.isEmpty()) {
            return new ConsentChange.NothingToWithdraw();
        }
        Instant now = Instant.now();
        active.forEach(c -> c.withdraw(via, now));
        List<BiometricCapture> kept = em.createQuery("SELECT b FROM BiometricCapture b, BiometricConsent c "
                        + "WHERE b.consentId = c.id AND c.customerId = :customerId AND b.purgedAt IS NULL", BiometricCapture.class)
                .setParameter("customerId", customerId).getResultList();
        // A face that is evidence in an open dispute stays (CN-09 legal hold); everything else goes now.
        List<BiometricCapture> deletable = kept.stream().filter(b -> b.heldForComplaint() == null).toList();
        int purged = vault.purge(deletable.stream().map(BiometricCapture::vaultReference).toList());
        deletable.forEach(b -> b.purged(now, WITHDRAWN));
        return new ConsentChange.Withdrawn(purged, kept.size() - deletable.size());
    }

    /**
     * Puts the faces captured for {@code decisionId} under legal hold for a dispute about it: they are the
     * complete image source a court will ask for. Returns how many were held.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int holdFor(UUID decisionId, UUID complaintId) {
        List<BiometricCapture> captures = em.createQuery("SELECT b FROM BiometricCapture b WHERE b.decisionId = :d "
                + "AND b.purgedAt IS NULL", BiometricCapture.class).setParameter("d", decisionId).getResultList();
        captures.forEach(b -> b.holdFor(complaintId));
        vault.hold(captures.stream().map(BiometricCapture::vaultReference).toList());
        return captures.size();
    }

    /**
     * The dispute is closed: faces held for it go back to their normal retention (a purge that came due
     * meanwhile takes them at its next run), and those whose consent was withdrawn while they were held are
     * deleted now, as the withdrawal would have. Once per closure.
     */
    public int releaseHoldsOf(ComplaintClosed closed) {
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.IDENTITY, "LegalHoldRelease", closed)) {
            return 0;
        }
        List<BiometricCapture> held = em.createQuery("SELECT b FROM BiometricCapture b WHERE b.heldForComplaint = :c",
                BiometricCapture.class).setParameter("c", closed.complaintId()).getResultList();
        held.forEach(BiometricCapture::releaseHold);
        vault.release(held.stream().map(BiometricCapture::vaultReference).toList());
        List<BiometricCapture> withdrawn = held.stream()
                .filter(b -> b.purgedAt() == null && em.find(BiometricConsent.class, b.consentId()).withdrawnAt() != null)
                .toList();
        Instant now = Instant.now();
        vault.purge(withdrawn.stream().map(BiometricCapture::vaultReference).toList());
        withdrawn.forEach(b -> b.purged(now, WITHDRAWN));
        return held.size();
    }

    /**
     * Stores {@code image} in the vault under {@code consentId} (from {@link #faceConsent}, in the same
     * transaction) and links it to the decision. Joins the decision's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Capture capture(UUID consentId, UUID decisionId, byte[] image) {
        BiometricConsent consent = em.find(BiometricConsent.class, consentId);
        Instant now = Instant.now();
        Instant purgeAfter = now.plus(Duration.ofDays(consent.retentionDays()));
        String reference = vault.store(VaultRecord.Kind.FACE_IMAGE, image, purgeAfter);
        String hash = Sha256.hex(image);
        em.persist(new BiometricCapture(consentId, decisionId, reference, hash, now, purgeAfter));
        return new Capture(consentId, hash);
    }

    /** A face kept under consent: the consent it was taken under and the image's hash (for the evidence). */
    public record Capture(UUID consentId, String imageSha256) {
    }

    /** The consent under which a face may be used for {@code customerId} now, if any. Read-only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UUID> faceConsent(String customerId) {
        return vault.available() ? active(customerId).map(BiometricConsent::id) : Optional.empty();
    }

    /** Deletes vault records whose retention has ended and notes it on their captures; returns how many. */
    public int purgeExpired() {
        Instant now = Instant.now();
        List<String> expired = vault.expired(now, 500);
        if (expired.isEmpty()) {
            return 0;
        }
        int purged = vault.purge(expired);
        em.createQuery("SELECT b FROM BiometricCapture b WHERE b.vaultReference IN :refs AND b.purgedAt IS NULL",
                        BiometricCapture.class)
                .setParameter("refs", expired).getResultList().forEach(b -> b.purged(now, RETENTION_ENDED));
        return purged;
    }

    private Optional<BiometricConsent> active(String customerId) {
        return em.createNamedQuery(BiometricConsent.ACTIVE, BiometricConsent.class)
                .setParameter("customerId", customerId).setMaxResults(1).getResultStream().findFirst();
    }

}
