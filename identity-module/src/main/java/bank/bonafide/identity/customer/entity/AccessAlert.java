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

/** Bulk reading of customer records without a case (CN-13), as compliance sees it. Never changed. */
@Entity
@Immutable
@Table(name = "identity_access_alert")
@NamedQuery(name = AccessAlert.RECENT, query = "SELECT a FROM AccessAlert a ORDER BY a.raisedAt DESC")
@NamedQuery(name = AccessAlert.OF_STAFF_SINCE,
        query = "SELECT a FROM AccessAlert a WHERE a.staff = :staff AND a.kind = :kind AND a.raisedAt >= :since")
public class AccessAlert {

    public static final String RECENT = "AccessAlert.recent";
    public static final String OF_STAFF_SINCE = "AccessAlert.ofStaffSince";

    /** ALERT at the pack's threshold; SUSPENDED above its limit (the login was blocked). */
    public enum Kind { ALERT, SUSPENDED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 64)
    private String staff;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    /** Distinct customer records read without a case within the window. */
    @Column(nullable = false)
    private int records;

    @Column(nullable = false)
    private int threshold;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(nullable = false, length = 16)
    private String source;

    /** What was done: "compliance alerted", "login blocked, 1 session ended", "block failed: ...". */
    @Column(nullable = false, length = 200)
    private String outcome;

    protected AccessAlert() {
    }

    public AccessAlert(String staff, Kind kind, int records, int threshold, Instant windowStart, Instant raisedAt, String source,
                       String outcome) {
        this.id = UUID.randomUUID();
        this.staff = staff;
        this.kind = kind;
        this.records = records;
        this.threshold = threshold;
        this.windowStart = windowStart;
        this.raisedAt = raisedAt;
        this.source = source;
        this.outcome = outcome.length() <= 200 ? outcome : outcome.substring(0, 197) + "...";
    }

    public String staff() {
        return staff;
    }

    public Kind kind() {
        return kind;
    }

    public int records() {
        return records;
    }

    public int threshold() {
        return threshold;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String source() {
        return source;
    }

    public String outcome() {
        return outcome;
    }
}
