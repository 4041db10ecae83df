package bank.bonafide.identity.evidence.entity;

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

/**
 * One sealed package. {@code position} orders the chain (1, 2, 3, ...); {@code seal} covers the
 * previous package's seal and this content's hash. Never updated after it is written.
 */
@Entity
@Immutable
@Table(name = "identity_evidence_package")
@NamedQuery(name = EvidencePackage.CHAIN, query = "SELECT e FROM EvidencePackage e ORDER BY e.position")
public class EvidencePackage {

    public static final String CHAIN = "EvidencePackage.chain";

    @Id
    @Column(name = "chain_position")
    private long position;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(nullable = false, unique = true, length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", nullable = false, length = 36)
    private UUID decisionId;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "previous_seal", nullable = false, length = 64)
    private String previousSeal;

    @Column(nullable = false, length = 64)
    private String seal;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected EvidencePackage() {
    }

    public EvidencePackage(long position, UUID decisionId, String content, String contentSha256, String previousSeal,
                           String seal, Instant sealedAt) {
        this.position = position;
        this.id = UUID.randomUUID();
        this.decisionId = decisionId;
        this.content = content;
        this.contentSha256 = contentSha256;
        this.previousSeal = previousSeal;
        this.seal = seal;
        this.sealedAt = sealedAt;
    }

    public long position() {
        return position;
    }

    public UUID id() {
        return id;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String content() {
        return content;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String previousSeal() {
        return previousSeal;
    }

    public String seal() {
        return seal;
    }

    public Instant sealedAt() {
        return sealedAt;
    }
}
