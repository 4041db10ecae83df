package bank.bonafide.lending.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One staff read: who looked at what of whose, why and when. Append-only. */
@Entity
@Table(name = "lending_staff_read")
public class StaffRead {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(name = "read_by", nullable = false, length = 64)
    private String readBy;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "customer_id", length = 32)
    private String customerId;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected StaffRead() {
    }

    public StaffRead(String readBy, String subject, String customerId, String purpose, Instant readAt) {
        this.id = UUID.randomUUID();
        this.readBy = readBy;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.customerId = customerId;
        this.purpose = purpose.length() > 200 ? purpose.substring(0, 200) : purpose;
        this.readAt = readAt;
    }
}
