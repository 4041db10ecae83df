package bank.bonafide.compensation.payout.entity;

import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.Deadline;
import bank.bonafide.platform.text.Sentences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A payout to a customer before the bank has proven anything (先行赔付, CN-17).
 *
 * <p>Invariants: amount, deadline and reasons are fixed when proposed; no one approves their own proposal; a
 * payout above the threshold needs a second, different approver; it is paid only once fully approved, and
 * whether it was paid by the deadline is fixed then.
 */
@Entity
@Table(name = "compensation_payout")
@NamedQuery(name = AdvanceCompensation.BY_REFERENCE, query = "SELECT p FROM AdvanceCompensation p WHERE p.reference = :reference")
@NamedQuery(name = AdvanceCompensation.WAITING,
        query = "SELECT p FROM AdvanceCompensation p WHERE p.status = bank.bonafide.compensation.payout.entity.AdvanceCompensation.Status.PROPOSED "
                + "ORDER BY p.deadline")
// The escalation sweep reads only what is due, over index compensation_payout_status (status, deadline).
@NamedQuery(name = AdvanceCompensation.ESCALATION_DUE,
        query = "SELECT p FROM AdvanceCompensation p WHERE p.status = bank.bonafide.compensation.payout.entity.AdvanceCompensation.Status.PROPOSED "
                + "AND p.deadline <= :dueBy AND p.escalatedAt IS NULL")
@NamedQuery(name = AdvanceCompensation.OF_COMPLAINT,
        query = "SELECT p FROM AdvanceCompensation p WHERE p.complaintId = :complaintId ORDER BY p.proposedAt")
public class AdvanceCompensation {

    private static final Sentences SENTENCES = Sentences.of(AdvanceCompensation.class);

    public static final String BY_REFERENCE = "AdvanceCompensation.byReference";
    public static final String OF_COMPLAINT = "AdvanceCompensation.ofComplaint";
    public static final String WAITING = "AdvanceCompensation.waiting";
    public static final String ESCALATION_DUE = "AdvanceCompensation.escalationDue";

    public enum Status { PROPOSED, APPROVED, REJECTED, PAID }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "customer_bears", nullable = false, precision = 19, scale = 2)
    private BigDecimal customerBears;

    /** Returns what the customer repaid on a loan written off as not hers, rather than compensating a loss. */
    @Column(name = "returns_repayment", nullable = false)
    private boolean returnsRepayment;

    /** Paid before the assessment concluded (provisional credit, US-01): the customer is told it may be revisited. */
    @Column(nullable = false)
    private boolean provisional;

    @Column(nullable = false, length = 2000)
    private String reasons;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "deadline_rule", nullable = false, length = 16)
    private String deadlineRule;

    @Column(name = "rule_pack_id", nullable = false, length = 32)
    private String rulePackId;

    @Column(name = "rule_pack_version", nullable = false)
    private int rulePackVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "proposed_by", nullable = false, length = 64)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "second_approved_by", length = 64)
    private String secondApprovedBy;

    @Column(name = "second_approved_at")
    private Instant secondApprovedAt;

    @Column(name = "rejected_by", length = 64)
    private String rejectedBy;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "paid_at")
    private Instant paidAt;

    private Boolean timely;

    /** When it was escalated for waiting too close to its deadline; once. */
    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** When the claim reached the bank: extensions of the clock count from here too. */
    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** The pack clock the deadline comes from (for example {@code appReimbursement}). */
    @Column(name = "deadline_clock", length = 40)
    private String deadlineClock;

    /** The deadline before the clock was stopped; null while it was not. */
    @Column(name = "original_deadline")
    private Instant originalDeadline;

    @Column(name = "clock_stopped_by", length = 64)
    private String clockStoppedBy;

    @Column(name = "clock_stop_reason", length = 1000)
    private String clockStopReason;

    /**
     * The complaint's id while this payout for the loss itself waits for approval, else null. Unique: so the second of
     * two proposals made at the same moment (one loss, one waiting payout) cannot commit.
     */
    @Column(name = "open_for_complaint", length = 36)
    private String openForComplaint;

    @Version
    private long version;

    protected AdvanceCompensation() {
    }

    public AdvanceCompensation(String reference, UUID complaintId, String customerId, Money amount, Money customerBears,
                               boolean returnsRepayment, boolean provisional, String reasons, Deadline deadline, String proposedBy,
                               Instant proposedAt) {
        this.id = UUID.randomUUID();
        this.reference = Objects.requireNonNull(reference);
        this.complaintId = Objects.requireNonNull(complaintId);
        this.customerId = Objects.requireNonNull(customerId);
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.customerBears = customerBears.amount();
        this.returnsRepayment = returnsRepayment;
        this.provisional = provisional;
        this.reasons = reasons.length() <= 2000 ? reasons : reasons.substring(0, 1997) + "...";
        this.deadline = deadline.dueAt();
        this.deadlineClock = deadline.clock();
        this.deadlineRule = deadline.source();
        this.rulePackId = deadline.packId();
        this.rulePackVersion = deadline.packVersion();
        this.status = Status.PROPOSED;
        this.openForComplaint = returnsRepayment ? null : complaintId.toString();
        this.proposedBy = Objects.requireNonNull(proposedBy);
        this.proposedAt = proposedAt;
    }

    /** Records when the claim reached the bank (the clock's trigger). */
    public AdvanceCompensation claimedAt(Instant at) {
        this.claimedAt = at;
        return this;
    }

    /**
     * Stops the clock under the pack's extension: the deadline moves to {@code extended}, once, before payment.
     *
     * @return why not, or null when done
     */
    public String stopTheClock(Instant extended, String by, String reason) {
        if (status != Status.PROPOSED) {
            return SENTENCES.say("payout.status", readable(status));
        }
        if (originalDeadline != null) {
            return SENTENCES.say("clock.stopped.already", clockStoppedBy);
        }
        if (!extended.isAfter(deadline)) {
            return SENTENCES.say("clock.not.later");
        }
        originalDeadline = deadline;
        deadline = extended;
        clockStoppedBy = by;
        clockStopReason = reason;
        escalatedAt = null;
        return null;
    }

    /** A status as the reader says it ("paid" in English). */
    private static String readable(Status status) {
        String key = "status." + status.name();
        String said = SENTENCES.say(key);
        return said.equals(key) ? status.name().toLowerCase() : said;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String deadlineClock() {
        return deadlineClock;
    }

    public Instant originalDeadline() {
        return originalDeadline;
    }

    public String clockStoppedBy() {
        return clockStoppedBy;
    }

    public String clockStopReason() {
        return clockStopReason;
    }

    /** Records an approval; true when the payout is now fully approved. The boundary checks who may approve. */
    public boolean approve(String by, Instant at, boolean needsSecond) {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("payout " + reference + " is " + status);
        }
        if (approvedBy == null) {
            approvedBy = by;
            approvedAt = at;
        } else {
            secondApprovedBy = by;
            secondApprovedAt = at;
        }
        if (!needsSecond || secondApprovedBy != null) {
            status = Status.APPROVED;
            openForComplaint = null;
            return true;
        }
        return false;
    }

    public void reject(String by, String reason) {
        if (status != Status.PROPOSED) {
            throw new IllegalStateException("payout " + reference + " is " + status);
        }
        status = Status.REJECTED;
        openForComplaint = null;
        rejectedBy = by;
        rejectionReason = reason;
    }

    /** Paid out of the fund; whether by the deadline is fixed now. */
    public void paid(Instant at) {
        if (status != Status.APPROVED) {
            throw new IllegalStateException("payout " + reference + " is " + status);
        }
        status = Status.PAID;
        paidAt = at;
        timely = !at.isAfter(deadline);
    }

    /** Escalates a payout still waiting at {@code at} when its deadline is within {@code warning}; true the first time. */
    public boolean escalateIfDue(Instant at, java.time.Duration warning) {
        if (status != Status.PROPOSED || escalatedAt != null || at.plus(warning).isBefore(deadline)) {
            return false;
        }
        escalatedAt = at;
        return true;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String reference() {
        return reference;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String customerId() {
        return customerId;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public Money customerBears() {
        return new Money(customerBears, currency);
    }

    public boolean returnsRepayment() {
        return returnsRepayment;
    }

    public boolean provisional() {
        return provisional;
    }

    public String reasons() {
        return reasons;
    }

    public Instant deadline() {
        return deadline;
    }

    public String deadlineRule() {
        return deadlineRule;
    }

    public String rulePackId() {
        return rulePackId;
    }

    public int rulePackVersion() {
        return rulePackVersion;
    }

    public Status status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String secondApprovedBy() {
        return secondApprovedBy;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public Boolean timely() {
        return timely;
    }
}
