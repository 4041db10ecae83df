package bank.bonafide.lending.loan.boundary;

import bank.bonafide.lending.loan.entity.Instalment;
import bank.bonafide.lending.loan.entity.Loan;
import bank.bonafide.lending.loan.entity.Repayment;
import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.event.compensation.FraudEstablished;
import bank.bonafide.platform.event.lending.CreditRecordCorrectionRequested;
import bank.bonafide.platform.event.lending.LoanWrittenOff;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.outbox.Outbox;
import bank.bonafide.platform.outbox.ProcessedEvents;
import bank.bonafide.platform.rules.CalendarNotCovered;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePackLibrary;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * When the assessment finds the customer did not act, every loan of the dispute is written off to the bank:
 * collection ends for good, what she repaid is announced for return through compensation, and her credit
 * record is to be corrected. Each happens once per loan however often the finding is delivered.
 */
@Stateless
public class FraudWriteOff {

    /** US-05's reference period for correcting a credit record, used by the bank everywhere. */
    static final int CORRECTION_BUSINESS_DAYS = 4;

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @Inject
    LoanBook book;

    @Inject
    Outbox outbox;

    public void onFraud(FraudEstablished e) {
        if (!ProcessedEvents.firstDelivery(em, BoundedContext.LENDING, "FraudWriteOff", e)) {
            return;
        }
        Map<String, Loan> affected = new LinkedHashMap<>();
        em.createNamedQuery(Loan.FROZEN_FOR, Loan.class).setParameter("complaintId", e.complaintId())
                .getResultStream().forEach(l -> affected.put(l.reference(), l));
        em.createNamedQuery(Loan.OF_CUSTOMER_BY_REFERENCE, Loan.class).setParameter("customerId", e.customerId())
                .setParameter("reference", e.disputedReference()).getResultStream().forEach(l -> affected.put(l.reference(), l));
        Instant now = Instant.now();
        affected.values().stream().filter(l -> l.customerId().equals(e.customerId())).forEach(loan -> writeOff(loan, e, now));
    }

    private void writeOff(Loan loan, FraudEstablished e, Instant now) {
        Money owed = owed(loan, LoanBook.today(now));
        if (!loan.writeOff(now)) {
            return;
        }
        Money repaid = new Money(em.createNamedQuery(Repayment.OF_LOAN, Repayment.class).setParameter("loanId", loan.id())
                .getResultStream().map(Repayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add), loan.principalCurrency())
                .rounded(scale(loan), java.math.RoundingMode.HALF_UP);
        book.record(loan, now, e.decidedBy(), "written off to the bank: " + owed + " (" + e.basis() + "); "
                + repaid + " repaid by the customer to be returned through compensation");
        outbox.publish(new LoanWrittenOff(UUID.randomUUID(), now, e.complaintId(), loan.customerId(), loan.reference(), owed, repaid));
        LocalDate correctBy = correctBy(now);
        outbox.publish(new CreditRecordCorrectionRequested(UUID.randomUUID(), now, e.complaintId(), loan.customerId(),
                loan.reference(), "withdraw every delinquency reported on " + loan.reference()
                + ": the loan was taken in the customer's name by someone else", correctBy));
        book.record(loan, now, "lending", "credit-record correction requested, due by " + correctBy);
    }

    /** Outstanding principal plus unpaid interest and fees due so far; the whole principal for a taken-over loan. */
    private Money owed(Loan loan, LocalDate today) {
        if (loan.terms().isEmpty()) {
            return new Money(loan.principalAmount(), loan.principalCurrency());
        }
        int scale = scale(loan);
        BigDecimal sum = BigDecimal.ZERO;
        for (Instalment i : book.instalments(loan)) {
            if (!i.open()) {
                continue;
            }
            sum = sum.add(i.principal().subtract(i.paidPrincipal()));
            if (!i.dueDate().isAfter(today)) {
                sum = sum.add(i.interest().subtract(i.paidInterest())).add(i.lateFee().subtract(i.paidLateFee()));
            }
        }
        return new Money(sum, loan.principalCurrency()).rounded(scale, java.math.RoundingMode.HALF_UP);
    }

    private static int scale(Loan loan) {
        return loan.terms().map(t -> t.scale()).orElse(loan.principalAmount().scale());
    }

    /** Four business days in the pack's calendar; where the calendar lacks the year, four calendar days (never later). */
    private static LocalDate correctBy(Instant now) {
        RulePack pack = RulePackLibrary.inForce(now);
        LocalDate today = now.atZone(pack.calendar().zone()).toLocalDate();
        try {
            return pack.calendar().plusBusinessDays(today, CORRECTION_BUSINESS_DAYS);
        } catch (CalendarNotCovered e) {
            return today.plusDays(CORRECTION_BUSINESS_DAYS);
        }
    }
}
