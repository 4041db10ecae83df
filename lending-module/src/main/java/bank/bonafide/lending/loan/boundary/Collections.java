package bank.bonafide.lending.loan.boundary;

import bank.bonafide.lending.loan.entity.CreditReportLine;
import bank.bonafide.lending.loan.entity.Instalment;
import bank.bonafide.lending.loan.entity.Loan;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The daily overdue run: marks instalments overdue, charges the product's late fee after its grace days,
 * sends a reminder and reports the loan to the credit bureau. A frozen loan gets none of that: its days
 * pass without a fee, no reminder goes out and nothing is reported while the customer disputes it.
 * Running twice on one day changes nothing the second time.
 */
@Stateless
public class Collections {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    LoanBook book;

    /** Shortly after midnight in Beijing, the zone of the CN packs the bank runs under. */
    @Schedule(hour = "0", minute = "20", timezone = "Asia/Shanghai", persistent = false, info = "lending overdue run")
    void daily() {
        run(LoanBook.today(Instant.now()));
    }

    /** @return how many loans are overdue after the run */
    public int run(LocalDate today) {
        int overdue = 0;
        for (Loan loan : em.createNamedQuery(Loan.SERVICED, Loan.class).getResultList()) {
            if (process(loan, today)) {
                overdue++;
            }
        }
        return overdue;
    }

    private boolean process(Loan loan, LocalDate today) {
        int scale = loan.terms().orElseThrow().scale();
        java.math.RoundingMode rounding = loan.terms().orElseThrow().rounding();
        List<Instalment> late = book.instalments(loan).stream().filter(i -> i.open() && i.dueDate().isBefore(today)).toList();
        for (Instalment i : late) {
            BigDecimal fee = i.accrueLateFee(today, loan.lateFeeDailyRate(), loan.lateFeeGraceDays(), loan.frozen(), scale, rounding);
            if (fee.signum() > 0) {
                book.record(loan, Instant.now(), "collections", "late fee " + loan.principalCurrency() + " " + fee.toPlainString()
                        + " on instalment " + i.number() + " (through " + today + ")");
            }
        }
        loan.overdue(!late.isEmpty());
        if (late.isEmpty() || loan.frozen() || reportedOn(loan, today)) {
            return !late.isEmpty();
        }
        int daysPastDue = (int) ChronoUnit.DAYS.between(late.get(0).dueDate(), today);
        em.persist(new CreditReportLine(loan.id(), today, daysPastDue));
        book.record(loan, Instant.now(), "collections", "reminder sent: instalment " + late.get(0).number() + " is "
                + daysPastDue + " days overdue; reported to the credit bureau as " + daysPastDue + " days past due");
        return true;
    }

    private boolean reportedOn(Loan loan, LocalDate day) {
        return em.createQuery("SELECT COUNT(c) FROM CreditReportLine c WHERE c.loanId = :id AND c.asOf = :day", Long.class)
                .setParameter("id", loan.id()).setParameter("day", day).getSingleResult() > 0;
    }
}
