package bank.bonafide.identity.lostdocument.entity;

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

/** One report that a document is lost: whose, which (digest and masked), when, through which channel. */
@Entity
@Immutable
@Table(name = "identity_lost_document")
@NamedQuery(name = LostDocumentReport.BY_DIGEST, query = "SELECT r FROM LostDocumentReport r WHERE r.documentDigest = :digest "
        + "ORDER BY r.reportedAt")
public class LostDocumentReport {

    public static final String BY_DIGEST = "LostDocumentReport.byDigest";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(name = "document_digest", nullable = false, length = 64)
    private String documentDigest;

    @Column(name = "masked_document", nullable = false, length = 40)
    private String maskedDocument;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_via", nullable = false, length = 64)
    private String reportedVia;

    protected LostDocumentReport() {
    }

    public LostDocumentReport(String documentDigest, String maskedDocument, String customerId, Instant reportedAt, String reportedVia) {
        this.id = UUID.randomUUID();
        this.documentDigest = documentDigest;
        this.maskedDocument = maskedDocument;
        this.customerId = customerId;
        this.reportedAt = reportedAt;
        this.reportedVia = reportedVia;
    }

    public UUID id() {
        return id;
    }

    public String maskedDocument() {
        return maskedDocument;
    }

    public String customerId() {
        return customerId;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedVia() {
        return reportedVia;
    }
}
