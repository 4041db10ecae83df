package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to extend a complaint's regulatory clock to the next level the rule pack allows. Invariant: it
 * is decided once, by someone other than the requester and of higher rank.
 */
@Entity
@Table(name = "complaints_extension_request")
@NamedQuery(name = ExtensionRequest.PENDING, query = "SELECT r FROM ExtensionRequest r WHERE r.complaintId = :complaintId AND r.status = 'PENDING'")
public class ExtensionRequest {

    public static final String PENDING = "ExtensionRequest.pending";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(nullable = false)
    private int level;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requester_rank", nullable = false)
    private int requesterRank;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** PENDING, APPROVED, REJECTED. */
    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ExtensionRequest() {
    }

    public ExtensionRequest(UUID complaintId, int level, String requestedBy, int requesterRank, String reason, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.level = level;
        this.requestedBy = requestedBy;
        this.requesterRank = requesterRank;
        this.reason = reason;
        this.requestedAt = requestedAt;
        this.status = "PENDING";
    }

    public void decide(boolean approved, String by, Instant at) {
        status = approved ? "APPROVED" : "REJECTED";
        decidedBy = by;
        decidedAt = at;
    }

    public int level() {
        return level;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public int requesterRank() {
        return requesterRank;
    }

    public String reason() {
        return reason;
    }
}
