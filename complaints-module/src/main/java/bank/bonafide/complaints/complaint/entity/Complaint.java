package bank.bonafide.complaints.complaint.entity;

import bank.bonafide.platform.event.DisputedItem;
import bank.bonafide.platform.event.complaints.DisputeCategory;
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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer's complaint or dispute about one of their own items.
 *
 * <p>Invariants: the reference, customer, category and disputed item never change after intake; the
 * regulatory clock starts at receipt and never pauses (only an approved extension moves its deadline, and
 * only later); the status changes only along {@link ComplaintStatus#canMoveTo}; {@code timely} is fixed at
 * closure.
 */
@Entity
@Table(name = "complaints_complaint")
@NamedQuery(name = Complaint.BY_REFERENCE, query = "SELECT c FROM Complaint c WHERE c.reference = :reference")
@NamedQuery(name = Complaint.OPEN_BY_DEADLINE,
        query = "SELECT c FROM Complaint c WHERE c.status <> bank.bonafide.complaints.complaint.entity.ComplaintStatus.CLOSED "
                + "ORDER BY c.clock.deadline")
@NamedQuery(name = Complaint.OF_CUSTOMER,
        query = "SELECT c FROM Complaint c WHERE c.customerId = :customerId ORDER BY c.receivedAt DESC")
public class Complaint {

    public static final String OF_CUSTOMER = "Complaint.ofCustomer";

    public static final String BY_REFERENCE = "Complaint.byReference";
    public static final String OPEN_BY_DEADLINE = "Complaint.openByDeadline";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DisputeCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "disputed_kind", nullable = false, length = 16)
    private DisputedItem.Kind disputedKind;

    @Column(name = "disputed_reference", nullable = false, length = 64)
    private String disputedReference;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ComplaintStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Embedded
    private RegulatoryClock clock;

    @Embedded
    private ServiceClock service;

    @Column(name = "clock_extension_level", nullable = false)
    private int extensionLevel;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Outcome outcome;

    @Column(name = "root_cause", length = 64)
    private String rootCause;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Fixed when the case is closed: decided within the regulatory deadline (extensions included) or not. */
    private Boolean timely;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String reference, String customerId, DisputeCategory category, DisputedItem item,
                     String description, Instant receivedAt, RegulatoryClock clock) {
        this.id = UUID.randomUUID();
        this.reference = Objects.requireNonNull(reference);
        this.customerId = Objects.requireNonNull(customerId);
        this.category = Objects.requireNonNull(category);
        this.disputedKind = item.kind();
        this.disputedReference = item.reference();
        this.description = Objects.requireNonNull(description);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = ComplaintStatus.RECEIVED;
        this.clock = Objects.requireNonNull(clock);
        this.service = ServiceClock.start(receivedAt, SERVICE_TARGET);
    }

    /** The bank's own target for a decision: well inside every regulator's clock. */
    public static final java.time.Duration SERVICE_TARGET = java.time.Duration.ofDays(10);

    /** How a case ended (CN-14 reporting): an explanation, money, or relief of another kind. */
    public enum Outcome { EXPLANATION_ONLY, MONETARY_RELIEF, NON_MONETARY_RELIEF }

    /**
     * Moves the case on. Waiting on the customer pauses the service clock (not the regulatory one); leaving
     * that state resumes it. Returns the previous state.
     *
     * @throws IllegalStateException for a move the lifecycle does not allow (the boundary checks first)
     */
    public ComplaintStatus moveTo(ComplaintStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("a complaint cannot go from " + status + " to " + next);
        }
        ComplaintStatus previous = status;
        if (next == ComplaintStatus.AWAITING_CUSTOMER) {
            service().pause(at);
        } else if (previous == ComplaintStatus.AWAITING_CUSTOMER) {
            service().resume(at);
        }
        status = next;
        return previous;
    }

    /** An approved extension of the regulatory clock to the given level and deadline. */
    public void extend(int level, bank.bonafide.platform.rules.Deadline extended) {
        extensionLevel = level;
        clock.extendTo(extended);
    }

    /** Closes a decided case with its outcome; {@code timely} is fixed now. */
    public void close(Outcome how, String cause, Instant at) {
        moveTo(ComplaintStatus.CLOSED, at);
        outcome = how;
        rootCause = cause;
        closedAt = at;
        timely = !at.isAfter(clock.deadline());
    }

    /** The service clock; V5 gave complaints filed before it existed a target 10 days from receipt. */
    public ServiceClock service() {
        return service;
    }

    public int extensionLevel() {
        return extensionLevel;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String rootCause() {
        return rootCause;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean timely() {
        return timely;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String customerId() {
        return customerId;
    }

    public DisputeCategory category() {
        return category;
    }

    public DisputedItem disputedItem() {
        return new DisputedItem(disputedKind, disputedReference);
    }

    public String description() {
        return description;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public RegulatoryClock clock() {
        return clock;
    }
}
