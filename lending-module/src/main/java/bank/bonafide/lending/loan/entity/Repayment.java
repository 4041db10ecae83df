package bank.bonafide.lending.loan.entity;

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

/** Money received on a loan. Immutable: a repayment returned to a fraud victim is a new movement elsewhere. */
@Entity
@Table(name = "lending_repayment")
@NamedQuery(name = Repayment.OF_LOAN, query = "SELECT r FROM Repayment r WHERE r.loanId = :loanId ORDER BY r.receivedAt")
public class Repayment {

    public static final String OF_LOAN = "Repayment.ofLoan";

    /** INSTALMENT: towards what is due; EARLY: principal before its time (partial or the whole loan). */
    public enum Kind { INSTALMENT, EARLY_PARTIAL, EARLY_FULL }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "loan_id", nullable = false, length = 36)
    private UUID loanId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "received_via", nullable = false, length = 100)
    private String receivedVia;

    protected Repayment() {
    }

    public Repayment(UUID loanId, Instant receivedAt, BigDecimal amount, String currency, Kind kind, String receivedVia) {
        this.id = UUID.randomUUID();
        this.loanId = loanId;
        this.receivedAt = receivedAt;
        this.amount = amount;
        this.currency = currency;
        this.kind = kind.name();
        this.receivedVia = receivedVia;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String kind() {
        return kind;
    }

    public String receivedVia() {
        return receivedVia;
    }
}
