package bank.bonafide.lending.loan.boundary;

import bank.bonafide.platform.runtime.JobLock;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
        if (!JobLock.tryHold("lending.overdue-run")) {
            return; // another server runs it
        }
        run(LoanBook.today(Instant.now()));
    }

    /**
     * Three queries for the whole run, whatever the size of the book: the loans it concerns, their late
     * instalments and the loans already reported today (statement count stays flat as loans grow).
     *
     * @return how many loans are overdue after the run
     */
    public int run(LocalDate today) {
        Map<UUID, List<Instalment>> lateByLoan = em.createNamedQuery(Instalment.LATE, Instalment.class)
                .setParameter("today", today).getResultStream()
                .collect(Collectors.groupingBy(Instalment::loanId, LinkedHashMap::new, Collectors.toList()));
        Set<UUID> reportedToday = new HashSet<>(em.createQuery("SELECT c.loanId FROM CreditReportLine c WHERE c.asOf = :day", UUID.class)
                .setParameter("day", today).getResultList());
        int overdue = 0;
        for (Loan loan : em.createNamedQuery(Loan.FOR_OVERDUE_RUN, Loan.class).setParameter("today", today).getResultList()) {
            if (process(loan, lateByLoan.getOrDefault(loan.id(), List.of()), reportedToday.contains(loan.id()), today)) {
                overdue++;
            }
        }
        return overdue;
    }

    private boolean process(Loan loan, List<Instalment> late, boolean reportedToday, LocalDate today) {
        int scale = loan.terms().orElseThrow().scale();
        java.math.RoundingMode rounding = loan.terms().orElseThrow().rounding();
        for (Instalment i : late) {
            BigDecimal fee = i.accrueLateFee(today, loan.lateFeeDailyRate(), loan.lateFeeGraceDays(), loan.frozen(), scale, rounding);
            if (fee.signum() > 0) {
                book.record(loan, Instant.now(), "collections", "late fee " + loan.principalCurrency() + " " + fee.toPlainString()
                        + " on instalment " + i.number() + " (through " + today + ")");
            }
        }
        loan.overdue(!late.isEmpty());
        if (late.isEmpty() || loan.frozen() || reportedToday) {
            return !late.isEmpty();
        }
        int daysPastDue = (int) ChronoUnit.DAYS.between(late.get(0).dueDate(), today);
        em.persist(new CreditReportLine(loan.id(), today, daysPastDue));
        book.record(loan, Instant.now(), "collections", "reminder sent: instalment " + late.get(0).number() + " is "
                + daysPastDue + " days overdue; reported to the credit bureau as " + daysPastDue + " days past due");
        return true;
    }
}
