package bank.bonafide.compensation.recovery.entity;

import bank.bonafide.platform.money.Money;
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
 * A claim to get back what the fund paid out. Invariant: what is recovered never exceeds what is claimed, and
 * a closed case takes nothing more.
 */
@Entity
@Table(name = "compensation_recovery_case")
@NamedQuery(name = RecoveryCase.BY_REFERENCE, query = "SELECT r FROM RecoveryCase r WHERE r.reference = :reference")
@NamedQuery(name = RecoveryCase.OF_PAYOUT, query = "SELECT r FROM RecoveryCase r WHERE r.payoutReference = :payout ORDER BY r.openedAt")
@NamedQuery(name = RecoveryCase.OPEN,
        query = "SELECT r FROM RecoveryCase r WHERE r.status = bank.bonafide.compensation.recovery.entity.RecoveryCase.Status.OPEN "
                + "ORDER BY r.openedAt")
public class RecoveryCase {

    public static final String OPEN = "RecoveryCase.open";
    public static final String BY_REFERENCE = "RecoveryCase.byReference";
    public static final String OF_PAYOUT = "RecoveryCase.ofPayout";

    /** Who is claimed against. */
    public enum Against {
        FRAUDSTER,
        /** The bank that received the money (UK-01: it bears 50% of an APP reimbursement). */
        RECEIVING_BANK,
        INSURER
    }

    public enum Status { OPEN, CLOSED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "payout_reference", nullable = false, length = 32)
    private String payoutReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "against_party", nullable = false, length = 16)
    private Against against;

    @Column(nullable = false, length = 200)
    private String counterparty;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal claimed;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal recovered;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 1000)
    private String closingNote;

    @Version
    private long version;

    protected RecoveryCase() {
    }

    public RecoveryCase(String reference, String payoutReference, Against against, String counterparty, Money claimed,
                        String openedBy, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.reference = Objects.requireNonNull(reference);
        this.payoutReference = Objects.requireNonNull(payoutReference);
        this.against = Objects.requireNonNull(against);
        this.counterparty = Objects.requireNonNull(counterparty);
        this.claimed = claimed.amount();
        this.currency = claimed.currency();
        this.recovered = BigDecimal.ZERO;
        this.status = Status.OPEN;
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = openedAt;
    }

    /** Books money received; closes the case when all that was claimed is back. */
    public void received(Money amount, Instant at) {
        if (status != Status.OPEN || recovered.add(amount.amount()).compareTo(claimed) > 0) {
            throw new IllegalStateException("recovery case " + reference + " cannot take " + amount);
        }
        recovered = recovered.add(amount.amount());
        if (recovered.compareTo(claimed) == 0) {
            close("recovered in full", at);
        }
    }

    public void close(String note, Instant at) {
        status = Status.CLOSED;
        closingNote = note;
        closedAt = at;
    }

    public String reference() {
        return reference;
    }

    public String payoutReference() {
        return payoutReference;
    }

    public Against against() {
        return against;
    }

    public String counterparty() {
        return counterparty;
    }

    public Money claimed() {
        return new Money(claimed, currency);
    }

    public Money recovered() {
        return new Money(recovered, currency);
    }

    public Money outstanding() {
        return new Money(claimed.subtract(recovered), currency);
    }

    public Status status() {
        return status;
    }

    public String closingNote() {
        return closingNote;
    }
}
