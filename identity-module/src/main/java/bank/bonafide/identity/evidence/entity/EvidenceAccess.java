package bank.bonafide.identity.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One export of an evidence package: who, for what purpose, in which form, when. Never changed. */
@Entity
@Immutable
@Table(name = "identity_evidence_access")
public class EvidenceAccess {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "package_id", nullable = false, length = 36)
    private UUID packageId;

    @Column(name = "accessed_by", nullable = false, length = 64)
    private String accessedBy;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    protected EvidenceAccess() {
    }

    public EvidenceAccess(UUID packageId, String accessedBy, String purpose, String format, Instant accessedAt) {
        this.id = UUID.randomUUID();
        this.packageId = packageId;
        this.accessedBy = accessedBy;
        this.purpose = purpose;
        this.format = format;
        this.accessedAt = accessedAt;
    }
}
