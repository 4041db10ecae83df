package bank.bonafide.compensation.fraud.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Evidence that must be secured before its holder overwrites it (terminal video, branch CCTV, carrier records):
 * lost recordings count against the bank (CN-18). Invariants: secured once, with where it is kept; reminded once
 * before the deadline; whether it was secured in time is fixed when it is.
 */
@Entity
@Table(name = "compensation_evidence_preservation")
@NamedQuery(name = EvidencePreservation.OF_CASE,
        query = "SELECT e FROM EvidencePreservation e WHERE e.fraudCaseId = :fraudCaseId ORDER BY e.dueAt")
// The reminder sweep reads only what is due, over index compensation_preservation_due (secured_at, due_at).
@NamedQuery(name = EvidencePreservation.REMINDER_DUE,
        query = "SELECT e FROM EvidencePreservation e WHERE e.securedAt IS NULL AND e.dueAt <= :remindBy AND e.remindedAt IS NULL "
                + "ORDER BY e.dueAt")
public class EvidencePreservation {

    public static final String OF_CASE = "EvidencePreservation.ofCase";
    public static final String REMINDER_DUE = "EvidencePreservation.reminderDue";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "fraud_case_id", nullable = false, length = 36)
    private UUID fraudCaseId;

    /** What to secure, precisely enough to ask for it: "terminal video, branch 0571 counter 3, 2026-03-01 14:00-15:00". */
    @Column(nullable = false, length = 500)
    private String item;

    /** Who holds it and will overwrite it: a branch, a terminal vendor, a carrier. */
    @Column(nullable = false, length = 200)
    private String holder;

    /** By when it must be secured (the holder's retention ends). */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "secured_at")
    private Instant securedAt;

    @Column(name = "secured_by", length = 64)
    private String securedBy;

    /** Where the secured copy is kept (an archive reference), so the file can find it. */
    @Column(name = "kept_as", length = 500)
    private String keptAs;

    @Version
    private long version;

    protected EvidencePreservation() {
    }

    public EvidencePreservation(UUID fraudCaseId, String item, String holder, Instant dueAt, String requestedBy, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.fraudCaseId = Objects.requireNonNull(fraudCaseId);
        this.item = Objects.requireNonNull(item);
        this.holder = Objects.requireNonNull(holder);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.requestedAt = Objects.requireNonNull(requestedAt);
    }

    /** Reminds once when the deadline is within {@code warning} (or passed) and nothing is secured yet. */
    public boolean remindIfDue(Instant now, Duration warning) {
        if (securedAt != null || remindedAt != null || dueAt.minus(warning).isAfter(now)) {
            return false;
        }
        remindedAt = now;
        return true;
    }

    /** Records that it is secured and where; returns false when it already was. */
    public boolean secured(String keptAs, String by, Instant at) {
        if (securedAt != null) {
            return false;
        }
        this.keptAs = keptAs;
        this.securedBy = by;
        this.securedAt = at;
        return true;
    }

    /** Past its deadline with nothing secured: it may be lost, and that counts against the bank. */
    public boolean lapsed(Instant now) {
        return securedAt == null ? now.isAfter(dueAt) : securedAt.isAfter(dueAt);
    }

    public UUID id() {
        return id;
    }

    public UUID fraudCaseId() {
        return fraudCaseId;
    }

    public String item() {
        return item;
    }

    public String holder() {
        return holder;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant securedAt() {
        return securedAt;
    }

    public String securedBy() {
        return securedBy;
    }

    public String keptAs() {
        return keptAs;
    }
}
