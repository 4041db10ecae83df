package bank.bonafide.complaints.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a complaint's history; append-only (never updated, never deleted). */
@Entity
@Immutable
@Table(name = "complaints_timeline_entry")
@NamedQuery(name = TimelineEntry.OF_COMPLAINT,
        query = "SELECT t FROM TimelineEntry t WHERE t.complaintId = :complaintId ORDER BY t.at, t.id")
public class TimelineEntry {

    public static final String OF_COMPLAINT = "TimelineEntry.ofComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    /** Who did it: a user name, or the context that reported it ({@code system:lending}). */
    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String kind;

    @Column(name = "previous_value", length = 255)
    private String previousValue;

    @Column(name = "new_value", length = 255)
    private String newValue;

    protected TimelineEntry() {
    }

    public TimelineEntry(UUID complaintId, Instant at, String actor, String kind, String previousValue, String newValue) {
        this.complaintId = complaintId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.previousValue = previousValue;
        this.newValue = newValue;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String kind() {
        return kind;
    }

    public String previousValue() {
        return previousValue;
    }

    public String newValue() {
        return newValue;
    }
}
