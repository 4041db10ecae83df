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
@NamedQuery(name = Complaint.OF_CUSTOMER,
        query = "SELECT c FROM Complaint c WHERE c.customerId = :customerId ORDER BY c.receivedAt DESC")
public class Complaint {

    public static final String OF_CUSTOMER = "Complaint.ofCustomer";

    public static final String BY_REFERENCE = "Complaint.byReference";

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    /** The department and named person answerable for this category (CN-15), fixed at intake. */
    @Column(name = "owner_department", length = 128)
    private String ownerDepartment;

    @Column(name = "owner_person", length = 128)
    private String ownerPerson;

    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "decision_reasons", length = 2000)
    private String decisionReasons;

    @Column(name = "relief_amount", precision = 19, scale = 2)
    private java.math.BigDecimal reliefAmount;

    @Column(name = "relief_currency", length = 3)
    private String reliefCurrency;

    @Column(name = "relief_due")
    private java.time.LocalDate reliefDue;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    /** When the regulatory deadline passed undecided and the case went to the department head; once. */
    @Column(name = "breach_escalated_at")
    private Instant breachEscalatedAt;

    /** When the bank's own service target passed undecided; once. */
    @Column(name = "service_breach_at")
    private Instant serviceBreachAt;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String reference, String customerId, DisputeCategory category, DisputedItem item,
                     String description, Instant receivedAt, RegulatoryClock clock, Channel channel,
                     String ownerDepartment, String ownerPerson) {
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
        this.channel = Objects.requireNonNull(channel);
        this.ownerDepartment = ownerDepartment;
        this.ownerPerson = ownerPerson;
    }

    /** How the complaint reached the bank (CN-15 published channels). */
    public enum Channel {
        /** The customer portal. */
        PORTAL,
        /** The mobile app, through the channel API. */
        APP,
        /** Staff took it down on the phone. */
        PHONE,
        /** Staff took it down at a branch counter. */
        COUNTER;

        /** Entered by a member of staff on the customer's behalf. */
        public boolean takenByStaff() {
            return this == PHONE || this == COUNTER;
        }
    }

    /** Gives the case to a handler; recusal is the boundary's check, it needs the disclosed evidence. */
    public void assignTo(String handler, Instant at) {
        assignedTo = Objects.requireNonNull(handler);
        assignedAt = at;
    }

    /**
     * Records the decision the customer will read. A relief amount comes with its currency and the date it
     * will be paid by, or not at all.
     */
    public void decide(String reasons, bank.bonafide.platform.money.Money relief, java.time.LocalDate reliefBy,
                       String by, Instant at) {
        if ((relief == null) != (reliefBy == null)) {
            throw new IllegalArgumentException("a relief amount needs a payment date and vice versa");
        }
        moveTo(ComplaintStatus.DECIDED, at);
        decisionReasons = Objects.requireNonNull(reasons);
        reliefAmount = relief == null ? null : relief.amount();
        reliefCurrency = relief == null ? null : relief.currency();
        reliefDue = reliefBy;
        decidedAt = at;
        decidedBy = by;
    }

    /** The regulatory deadline passed undecided: escalated once, to the owner's department head. */
    public boolean escalateBreach(Instant at) {
        if (breachEscalatedAt != null || !status.open() || decidedAt != null || !at.isAfter(clock.deadline())) {
            return false;
        }
        breachEscalatedAt = at;
        if (status.canMoveTo(ComplaintStatus.ESCALATED)) {
            moveTo(ComplaintStatus.ESCALATED, at);
        }
        return true;
    }

    /** The bank's own target passed undecided (a paused clock has not passed it): noted once. */
    public boolean noteServiceBreach(Instant at) {
        if (serviceBreachAt != null || !status.open() || decidedAt != null || service.paused()
                || !at.isAfter(service.targetAt(at))) {
            return false;
        }
        serviceBreachAt = at;
        return true;
    }

    public Channel channel() {
        return channel;
    }

    public String ownerDepartment() {
        return ownerDepartment;
    }

    public String ownerPerson() {
        return ownerPerson;
    }

    public String assignedTo() {
        return assignedTo;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    /** The relief decided, or null for none. */
    public bank.bonafide.platform.money.Money relief() {
        return reliefAmount == null ? null : new bank.bonafide.platform.money.Money(reliefAmount, reliefCurrency);
    }

    public java.time.LocalDate reliefDue() {
        return reliefDue;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant breachEscalatedAt() {
        return breachEscalatedAt;
    }

    public Instant serviceBreachAt() {
        return serviceBreachAt;
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
