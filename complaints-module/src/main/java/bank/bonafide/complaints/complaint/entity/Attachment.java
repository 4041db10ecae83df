package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file the customer sent with a complaint. Immutable: a document once received is evidence and is never
 * replaced. Lists read it through a projection so that the content is loaded only when someone opens it.
 */
@Entity
@Immutable
@Table(name = "complaints_attachment")
public class Attachment {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    /** Detected from the content, never taken from the sender's claim. */
    @Column(name = "media_type", nullable = false, length = 64)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    public Attachment(UUID complaintId, String fileName, String mediaType, byte[] content, String sha256,
                      String uploadedBy, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.complaintId = Objects.requireNonNull(complaintId);
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }
}
