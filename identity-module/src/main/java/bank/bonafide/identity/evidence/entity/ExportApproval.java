package bank.bonafide.identity.evidence.entity;

import bank.bonafide.identity.access.entity.SecondPersonDecision;
import bank.bonafide.platform.text.Sentences;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A request to take an evidence package (personal data) out of the bank. It is approved or rejected by a second
 * person, never the one who asked; once approved, the one who asked collects it once.
 */
@Entity
@Table(name = "identity_export_approval")
@NamedQuery(name = ExportApproval.PENDING, query = "SELECT e FROM ExportApproval e WHERE e.status = "
        + "bank.bonafide.identity.evidence.entity.ExportApproval.Status.PENDING ORDER BY e.decision.requestedAt")
@NamedQuery(name = ExportApproval.ASKED_BY, query = "SELECT e FROM ExportApproval e WHERE e.decision.requestedBy = :staff "
        + "ORDER BY e.decision.requestedAt DESC")
public class ExportApproval {

    public static final String PENDING = "ExportApproval.pending";
    public static final String ASKED_BY = "ExportApproval.askedBy";

    private static final Sentences SENTENCES = Sentences.of(ExportApproval.class);

    public enum Status { PENDING, APPROVED, REJECTED, COLLECTED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", nullable = false, length = 36)
    private UUID decisionId;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Embedded
    private SecondPersonDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Version
    private long version;

    protected ExportApproval() {
    }

    public ExportApproval(UUID decisionId, String format, String purpose, String requestedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.decisionId = Objects.requireNonNull(decisionId);
        this.format = Objects.requireNonNull(format);
        this.purpose = Objects.requireNonNull(purpose);
        this.decision = SecondPersonDecision.askedBy(requestedBy, at);
        this.status = Status.PENDING;
    }

    /** Why {@code checker} may not decide this request; empty when they may. */
    public Optional<String> refusalFor(String checker) {
        if (status != Status.PENDING) {
            return Optional.of(switch (status) {
                case APPROVED -> SENTENCES.say("export.alreadyApproved");
                case REJECTED -> SENTENCES.say("export.alreadyRejected");
                case COLLECTED -> SENTENCES.say("export.alreadyCollected");
                case PENDING -> throw new IllegalStateException("a pending request is still to be decided");
            });
        }
        return decision.refusalFor(checker, SENTENCES.say("export.thisExport"));
    }

    /** Why {@code staff} may not collect the export now; empty when they may. */
    public Optional<String> collectionRefusalFor(String staff) {
        if (!staff.equals(decision.requestedBy())) {
            return Optional.of(SENTENCES.say("export.onlyRequesterCollects"));
        }
        return switch (status) {
            case PENDING -> Optional.of(SENTENCES.say("export.waitsForApproval"));
            case REJECTED -> Optional.of(SENTENCES.say("export.rejectedBy", decision.decidedBy()));
            case COLLECTED -> Optional.of(SENTENCES.say("export.collectedAlready"));
            case APPROVED -> Optional.empty();
        };
    }

    public void approve(String by, Instant at) {
        status = Status.APPROVED;
        decision.decidedBy(by, at);
    }

    public void reject(String by, Instant at) {
        status = Status.REJECTED;
        decision.decidedBy(by, at);
    }

    public void collected(Instant at) {
        status = Status.COLLECTED;
        collectedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String format() {
        return format;
    }

    public String purpose() {
        return purpose;
    }

    public Status status() {
        return status;
    }

    /** Who asked and who decided. */
    public SecondPersonDecision decision() {
        return decision;
    }
}
