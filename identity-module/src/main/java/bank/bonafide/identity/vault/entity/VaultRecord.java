package bank.bonafide.identity.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One encrypted biometric record. Deliberately without any column that says whose it is: the only link
 * is {@code reference}, a random UUID the consent component holds.
 */
@Entity
@Table(name = "identity_vault_record")
public class VaultRecord {

    /** What kind of face data a record holds. */
    public enum Kind { FACE_IMAGE, FACE_TEMPLATE }

    @Id
    @Column(length = 36)
    private String reference;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "master_key_id", nullable = false)
    private int masterKeyId;

    @Column(name = "wrapped_data_key", nullable = false, length = 1024)
    private byte[] wrappedDataKey;

    @Lob
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] ciphertext;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(name = "purge_after", nullable = false)
    private Instant purgeAfter;

    /** Under legal hold: kept past retention and withdrawal until released. */
    @Column(nullable = false)
    private boolean held;

    /** A re-wrap and a hold on one record at once: the later commit fails instead of undoing the earlier. */
    @Version
    private long version;

    protected VaultRecord() {
    }

    public VaultRecord(String reference, Kind kind, int masterKeyId, byte[] wrappedDataKey, byte[] ciphertext,
                       Instant storedAt, Instant purgeAfter) {
        this.reference = reference;
        this.kind = kind.name();
        this.masterKeyId = masterKeyId;
        this.wrappedDataKey = wrappedDataKey.clone();
        this.ciphertext = ciphertext.clone();
        this.storedAt = storedAt;
        this.purgeAfter = purgeAfter;
    }

    public String reference() {
        return reference;
    }

    public int masterKeyId() {
        return masterKeyId;
    }

    public byte[] wrappedDataKey() {
        return wrappedDataKey.clone();
    }

    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    public Instant purgeAfter() {
        return purgeAfter;
    }

    public void hold() {
        this.held = true;
    }

    public void release() {
        this.held = false;
    }

    /** After a master-key rotation: same data key, wrapped by the new primary key. */
    public void rewrapped(int newMasterKeyId, byte[] newWrappedDataKey) {
        this.masterKeyId = newMasterKeyId;
        this.wrappedDataKey = newWrappedDataKey.clone();
    }
}
