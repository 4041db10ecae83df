package bank.bonafide.identity.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One staff read of a customer record: who, whose, which fields, why, under which case, when. Never changed. */
@Entity
@Immutable
@Table(name = "identity_staff_read")
@NamedQuery(name = StaffRead.RECORDS_WITHOUT_CASE,
        query = "SELECT COUNT(DISTINCT r.customerId) FROM StaffRead r WHERE r.staff = :staff AND r.caseLink IS NULL AND r.readAt >= :since")
@NamedQuery(name = StaffRead.OF_CUSTOMER, query = "SELECT r FROM StaffRead r WHERE r.customerId = :customerId ORDER BY r.readAt DESC")
public class StaffRead {

    public static final String RECORDS_WITHOUT_CASE = "StaffRead.recordsWithoutCase";
    public static final String OF_CUSTOMER = "StaffRead.ofCustomer";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 64)
    private String staff;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    /** Which fields, and whether masked: "name (masked), idNumber (masked), phone (masked)" or "idNumber". */
    @Column(nullable = false, length = 200)
    private String fields;

    @Column(nullable = false, length = 300)
    private String purpose;

    /** The case the read belongs to (a complaint, a review); null when only a purpose was stated. */
    @Column(name = "case_link", length = 64)
    private String caseLink;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected StaffRead() {
    }

    public StaffRead(String staff, String customerId, String fields, String purpose, String caseLink, Instant readAt) {
        this.id = UUID.randomUUID();
        this.staff = staff;
        this.customerId = customerId;
        this.fields = fields;
        this.purpose = purpose;
        this.caseLink = caseLink;
        this.readAt = readAt;
    }

    public String staff() {
        return staff;
    }

    public String fields() {
        return fields;
    }

    public String purpose() {
        return purpose;
    }

    public String caseLink() {
        return caseLink;
    }

    public Instant readAt() {
        return readAt;
    }
}
