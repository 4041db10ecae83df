package bank.bonafide.identity.vault.boundary;

import bank.bonafide.identity.vault.control.ConfiguredCipher;
import bank.bonafide.identity.vault.control.EnvelopeCipher;
import bank.bonafide.identity.vault.control.VaultException;
import bank.bonafide.identity.vault.entity.VaultRecord;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only way in or out of the biometric vault. Callers hold references, never keys; plaintext leaves
 * only through {@link #open}, for the evidence a court asks for.
 */
@Stateless
public class BiometricVault {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** Whether a master key is configured; without one nothing biometric is collected at all. */
    public boolean available() {
        try {
            cipher();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Encrypts and stores {@code data}; returns the record's random reference. Joins the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String store(VaultRecord.Kind kind, byte[] data, Instant purgeAfter) {
        String reference = UUID.randomUUID().toString();
        EnvelopeCipher.Sealed sealed = cipher().seal(data, reference);
        em.persist(new VaultRecord(reference, kind, sealed.masterKeyId(), sealed.wrappedDataKey(), sealed.ciphertext(),
                Instant.now(), purgeAfter));
        return reference;
    }

    public byte[] open(String reference) {
        VaultRecord record = em.find(VaultRecord.class, reference);
        if (record == null) {
            throw new VaultException("vault record " + reference + " does not exist (purged or never stored)");
        }
        return cipher().open(record.wrappedDataKey(), record.ciphertext(), reference);
    }

    /** Deletes the records that are not under legal hold; returns how many were deleted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int purge(Collection<String> references) {
        if (references.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM VaultRecord v WHERE v.reference IN :refs AND v.held = false")
                .setParameter("refs", references).executeUpdate();
    }

    /** Puts records under legal hold (evidence in a dispute): no purge deletes them until released. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void hold(Collection<String> references) {
        references.forEach(r -> Optional.ofNullable(em.find(VaultRecord.class, r)).ifPresent(VaultRecord::hold));
    }

    /** Ends the legal hold: the records follow their retention again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void release(Collection<String> references) {
        references.forEach(r -> Optional.ofNullable(em.find(VaultRecord.class, r)).ifPresent(VaultRecord::release));
    }

    /** References of records whose retention has ended by {@code now}. */
    public List<String> expired(Instant now, int max) {
        return em.createQuery("SELECT v.reference FROM VaultRecord v WHERE v.purgeAfter <= :now AND v.held = false "
                        + "ORDER BY v.purgeAfter", String.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Moves up to {@code max} records still wrapped by an older master key to the current primary key.
     * Returns how many were moved; once it returns 0 the older keys can leave the configuration.
     */
    public int rewrapStale(int max) {
        EnvelopeCipher cipher = cipher();
        List<VaultRecord> stale = em.createQuery("SELECT v FROM VaultRecord v WHERE v.masterKeyId <> :primary", VaultRecord.class)
                .setParameter("primary", cipher.primaryKeyId()).setMaxResults(max).getResultList();
        for (VaultRecord record : stale) {
            EnvelopeCipher.Sealed moved = cipher.rewrap(record.wrappedDataKey(), record.ciphertext(), record.reference());
            record.rewrapped(moved.masterKeyId(), moved.wrappedDataKey());
        }
        return stale.size();
    }

    private static EnvelopeCipher cipher() {
        return ConfiguredCipher.current();
    }
}
