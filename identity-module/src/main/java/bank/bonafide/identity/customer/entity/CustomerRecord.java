package bank.bonafide.identity.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's identity as the bank enrolled it. Invariant: the name, ID number and phone exist only sealed
 * (one data key per record, wrapped by the vault's master keys, bound to the customer id) and as masks.
 */
@Entity
@Table(name = "identity_customer")
public class CustomerRecord {

    @Id
    @Column(name = "customer_id", length = 32)
    private String customerId;

    @Column(name = "name_mask", nullable = false, length = 100)
    private String nameMask;

    @Column(name = "id_number_mask", nullable = false, length = 40)
    private String idNumberMask;

    @Column(name = "phone_mask", nullable = false, length = 32)
    private String phoneMask;

    @Column(name = "master_key_id", nullable = false)
    private int masterKeyId;

    @Column(name = "wrapped_data_key", nullable = false, length = 1024)
    private byte[] wrappedDataKey;

    @Column(name = "sealed_contact", nullable = false, length = 1024)
    private byte[] sealedContact;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(nullable = false, length = 64)
    private String source;

    @Version
    private long version;

    protected CustomerRecord() {
    }

    public CustomerRecord(String customerId) {
        this.customerId = customerId;
    }

    /** What the bank enrolled of the customer; set once, when the record is created. */
    public void enrol(String nameMask, String idNumberMask, String phoneMask, int masterKeyId, byte[] wrappedDataKey,
                      byte[] sealedContact, Instant at, String source) {
        this.nameMask = nameMask;
        this.idNumberMask = idNumberMask;
        this.phoneMask = phoneMask;
        this.masterKeyId = masterKeyId;
        this.wrappedDataKey = wrappedDataKey;
        this.sealedContact = sealedContact;
        this.enrolledAt = at;
        this.source = source;
    }

    public void rewrapped(int newMasterKeyId, byte[] newWrappedDataKey) {
        this.masterKeyId = newMasterKeyId;
        this.wrappedDataKey = newWrappedDataKey;
    }

    public String customerId() {
        return customerId;
    }

    public String nameMask() {
        return nameMask;
    }

    public String idNumberMask() {
        return idNumberMask;
    }

    public String phoneMask() {
        return phoneMask;
    }

    public byte[] wrappedDataKey() {
        return wrappedDataKey;
    }

    public byte[] sealedContact() {
        return sealedContact;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public String source() {
        return source;
    }
}
