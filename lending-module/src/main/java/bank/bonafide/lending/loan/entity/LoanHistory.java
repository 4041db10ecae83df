package bank.bonafide.lending.loan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a loan's history (disbursed, reminder sent, fee charged, frozen, written off ...). Append-only. */
@Entity
@Table(name = "lending_loan_history")
@NamedQuery(name = LoanHistory.OF_LOAN, query = "SELECT h FROM LoanHistory h WHERE h.loanId = :loanId ORDER BY h.at, h.id")
public class LoanHistory {

    public static final String OF_LOAN = "LoanHistory.ofLoan";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "loan_id", nullable = false, length = 36)
    private UUID loanId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 1000)
    private String entry;

    protected LoanHistory() {
    }

    public LoanHistory(UUID loanId, Instant at, String actor, String entry) {
        this.id = UUID.randomUUID();
        this.loanId = loanId;
        this.at = at;
        this.actor = actor;
        this.entry = entry.length() > 1000 ? entry.substring(0, 997) + "..." : entry;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String entry() {
        return entry;
    }
}
