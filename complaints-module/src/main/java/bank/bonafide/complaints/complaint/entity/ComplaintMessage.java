package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A message between the customer and the bank about one complaint; append-only. */
@Entity
@Immutable
@Table(name = "complaints_message")
@NamedQuery(name = ComplaintMessage.OF_COMPLAINT,
        query = "SELECT m FROM ComplaintMessage m WHERE m.complaintId = :complaintId ORDER BY m.sentAt, m.id")
public class ComplaintMessage {

    public static final String OF_COMPLAINT = "ComplaintMessage.ofComplaint";
    public static final int MAX_LENGTH = 2000;

    /** Ascending with time: orders messages sent within one second. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "from_customer", nullable = false)
    private boolean fromCustomer;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    protected ComplaintMessage() {
    }

    public ComplaintMessage(UUID complaintId, Instant sentAt, boolean fromCustomer, String author, String body) {
        this.complaintId = Objects.requireNonNull(complaintId);
        this.sentAt = Objects.requireNonNull(sentAt);
        this.fromCustomer = fromCustomer;
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body);
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean fromCustomer() {
        return fromCustomer;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }
}
