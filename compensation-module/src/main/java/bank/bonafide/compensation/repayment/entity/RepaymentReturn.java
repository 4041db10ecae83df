package bank.bonafide.compensation.repayment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Money the bank owes a customer back: her own repayments on a loan someone else took in her name. */
@Entity
@Table(name = "compensation_repayment_return")
@NamedQuery(name = RepaymentReturn.OF_CUSTOMER, query = "SELECT r FROM RepaymentReturn r WHERE r.customerId = :customerId ORDER BY r.owedSince")
@NamedQuery(name = RepaymentReturn.BY_PAYOUT, query = "SELECT r FROM RepaymentReturn r WHERE r.payoutReference = :payout")
public class RepaymentReturn {

    public static final String OF_CUSTOMER = "RepaymentReturn.ofCustomer";
    public static final String BY_PAYOUT = "RepaymentReturn.byPayout";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, length = 36)
    private UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "loan_reference", nullable = false, length = 32)
    private String loanReference;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "owed_since", nullable = false)
    private Instant owedSince;

    /** OWED until advance compensation pays it, then RETURNED. */
    @Column(nullable = false, length = 16)
    private String status;

    /** The payout that returns it; null while a person has yet to propose one. */
    @Column(name = "payout_reference", length = 32)
    private String payoutReference;

    @Column(name = "returned_at")
    private Instant returnedAt;

    protected RepaymentReturn() {
    }

    public RepaymentReturn(UUID complaintId, String customerId, String loanReference, BigDecimal amount, String currency, Instant owedSince) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.customerId = customerId;
        this.loanReference = loanReference;
        this.amount = amount;
        this.currency = currency;
        this.owedSince = owedSince;
        this.status = "OWED";
    }

    public String loanReference() {
        return loanReference;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public String status() {
        return status;
    }

    public void returnedBy(String payout) {
        this.payoutReference = payout;
    }

    public void returned(Instant at) {
        this.status = "RETURNED";
        this.returnedAt = at;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String customerId() {
        return customerId;
    }

    public Instant owedSince() {
        return owedSince;
    }
}
