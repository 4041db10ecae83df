package bank.bonafide.lending.loan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A line of the bank's feed to the credit bureau: this loan was so many days past due on this day.
 * Never written for a frozen loan: a customer who says the loan is not hers is not reported meanwhile.
 */
@Entity
@Table(name = "lending_credit_report_line")
public class CreditReportLine {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "loan_id", nullable = false, length = 36)
    private UUID loanId;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Column(nullable = false, length = 16)
    private String status;

    protected CreditReportLine() {
    }

    public CreditReportLine(UUID loanId, LocalDate asOf, int daysPastDue) {
        this.id = UUID.randomUUID();
        this.loanId = loanId;
        this.asOf = asOf;
        this.daysPastDue = daysPastDue;
        this.status = "PAST_DUE";
    }
}
