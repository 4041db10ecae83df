package bank.bonafide.lending.loan.entity;

import bank.bonafide.lending.terms.entity.ScheduleLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One instalment of a loan's schedule and what was paid on it. Payments go to the late fee first, then
 * interest, then principal. Invariants: paid parts never exceed their due parts; the late fee accrues
 * only for days the loan was not frozen ({@link #accrueLateFee}).
 */
@Entity
@Table(name = "lending_instalment")
@NamedQuery(name = Instalment.LATE, query = "SELECT i FROM Instalment i WHERE i.status IN ('DUE', 'OVERDUE') AND i.dueDate < :today ORDER BY i.loanId, i.number")
@NamedQuery(name = Instalment.OF_LOAN, query = "SELECT i FROM Instalment i WHERE i.loanId = :loanId ORDER BY i.number")
public class Instalment {

    public static final String OF_LOAN = "Instalment.ofLoan";
    /** Open instalments due before {@code :today}, loan by loan in schedule order. */
    public static final String LATE = "Instalment.late";

    public enum Status { DUE, OVERDUE, PAID, CANCELLED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "loan_id", nullable = false, length = 36)
    private UUID loanId;

    @Column(nullable = false)
    private int number;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal principal;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal interest;

    @Column(name = "paid_principal", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidPrincipal;

    @Column(name = "paid_interest", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidInterest;

    @Column(name = "late_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal lateFee;

    @Column(name = "paid_late_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal paidLateFee;

    @Column(name = "fee_accrued_through")
    private LocalDate feeAccruedThrough;

    @Column(nullable = false, length = 16)
    private String status;

    @Version
    private long version;

    protected Instalment() {
    }

    public Instalment(UUID loanId, ScheduleLine line) {
        this.id = UUID.randomUUID();
        this.loanId = loanId;
        this.number = line.number();
        this.dueDate = line.dueDate();
        this.principal = line.principal();
        this.interest = line.interest();
        this.paidPrincipal = BigDecimal.ZERO;
        this.paidInterest = BigDecimal.ZERO;
        this.lateFee = BigDecimal.ZERO;
        this.paidLateFee = BigDecimal.ZERO;
        this.status = Status.DUE.name();
    }

    /** Replaces the plan of a future instalment after an early repayment. */
    public void replan(ScheduleLine line) {
        if (paidPrincipal.add(paidInterest).add(paidLateFee).signum() != 0) {
            throw new IllegalStateException("instalment " + number + " was already paid on");
        }
        principal = line.principal();
        interest = line.interest();
        if (principal.signum() == 0 && interest.signum() == 0) {
            status = Status.CANCELLED.name();
        }
    }

    /** Nothing more is owed: the early repayment took all principal before this date. */
    public void cancel() {
        status = Status.CANCELLED.name();
    }

    /**
     * Accrues the late fee up to {@code today}: the daily rate on the unpaid principal and interest, for
     * days after the grace period not yet charged. While {@code frozen} the days pass without a fee.
     *
     * @return the fee added now
     */
    public BigDecimal accrueLateFee(LocalDate today, BigDecimal dailyRate, int graceDays, boolean frozen, int scale,
                                    RoundingMode rounding) {
        if (!open() || !today.isAfter(dueDate)) {
            return BigDecimal.ZERO;
        }
        status = Status.OVERDUE.name();
        LocalDate chargeableFrom = dueDate.plusDays(graceDays);
        LocalDate from = feeAccruedThrough == null || feeAccruedThrough.isBefore(chargeableFrom) ? chargeableFrom : feeAccruedThrough;
        long days = Math.max(0, ChronoUnit.DAYS.between(from, today));
        if (feeAccruedThrough == null || today.isAfter(feeAccruedThrough)) {
            feeAccruedThrough = today;
        }
        if (frozen || days == 0 || dailyRate == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal unpaid = principal.subtract(paidPrincipal).add(interest.subtract(paidInterest));
        BigDecimal fee = unpaid.multiply(dailyRate).multiply(BigDecimal.valueOf(days)).setScale(scale, rounding);
        lateFee = lateFee.add(fee);
        return fee;
    }

    /** Applies up to {@code amount}: late fee, then interest, then principal. Returns what was left over. */
    public BigDecimal pay(BigDecimal amount) {
        BigDecimal left = amount;
        BigDecimal toFee = left.min(lateFee.subtract(paidLateFee));
        paidLateFee = paidLateFee.add(toFee);
        left = left.subtract(toFee);
        BigDecimal toInterest = left.min(interest.subtract(paidInterest));
        paidInterest = paidInterest.add(toInterest);
        left = left.subtract(toInterest);
        BigDecimal toPrincipal = left.min(principal.subtract(paidPrincipal));
        paidPrincipal = paidPrincipal.add(toPrincipal);
        left = left.subtract(toPrincipal);
        if (owed().signum() == 0) {
            status = Status.PAID.name();
        }
        return left;
    }

    public BigDecimal owed() {
        return lateFee.subtract(paidLateFee).add(interest.subtract(paidInterest)).add(principal.subtract(paidPrincipal));
    }

    public boolean open() {
        return Status.DUE.name().equals(status) || Status.OVERDUE.name().equals(status);
    }

    public ScheduleLine asLine(BigDecimal balanceAfter) {
        return new ScheduleLine(number, dueDate, principal, interest, balanceAfter);
    }

    public UUID loanId() {
        return loanId;
    }

    public int number() {
        return number;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public BigDecimal principal() {
        return principal;
    }

    public BigDecimal interest() {
        return interest;
    }

    public BigDecimal lateFee() {
        return lateFee;
    }

    public BigDecimal paidPrincipal() {
        return paidPrincipal;
    }

    public BigDecimal paidInterest() {
        return paidInterest;
    }

    public BigDecimal paidLateFee() {
        return paidLateFee;
    }

    public Status status() {
        return Status.valueOf(status);
    }
}
