package bank.bonafide.lending.terms.control;

import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.RepaymentMethod;
import bank.bonafide.lending.terms.entity.ScheduleLine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Repayment schedules to the cent. The monthly rate is the annual rate divided by twelve; interest of a
 * month is the balance times that rate, rounded per product; the last instalment takes whatever principal
 * is left, so rounding never leaves a cent owed or overpaid.
 */
public final class RepaymentSchedules {

    /** 34 significant digits: intermediate values never lose a cent before the product's rounding. */
    private static final MathContext EXACT = MathContext.DECIMAL128;

    /** Interest on an early repayment runs on actual days over a 360-day year, as Chinese banks count it. */
    static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(360);

    private RepaymentSchedules() {
    }

    public static List<ScheduleLine> plan(LoanTerms terms) {
        List<LocalDate> dueDates = IntStream.range(0, terms.termMonths())
                .mapToObj(i -> terms.firstDueDate().plusMonths(i)).toList();
        return plan(terms.principal().amount(), 1, dueDates, terms);
    }

    /**
     * The remaining instalments after principal was repaid early: same due dates and number of instalments,
     * smaller instalments (the customer keeps the term and pays less each month).
     *
     * @param balance   principal still owed after the early repayment
     * @param remaining the instalments not yet due, in order; their numbers and due dates are kept
     */
    public static List<ScheduleLine> replan(BigDecimal balance, List<ScheduleLine> remaining, LoanTerms terms) {
        if (remaining.isEmpty() || balance.signum() == 0) {
            return List.of();
        }
        return plan(balance, remaining.get(0).number(), remaining.stream().map(ScheduleLine::dueDate).toList(), terms);
    }

    /**
     * Interest owed on principal repaid early, for the days since the last due date (or disbursement): the
     * principal was outstanding for those days and the next instalment will charge interest only on what is
     * left.
     */
    public static BigDecimal interestOnEarlyRepayment(BigDecimal principal, LocalDate since, LocalDate on, LoanTerms terms) {
        long days = Math.max(0, ChronoUnit.DAYS.between(since, on));
        return principal.multiply(terms.annualRate(), EXACT).multiply(BigDecimal.valueOf(days), EXACT)
                .divide(DAYS_IN_YEAR, EXACT).setScale(terms.scale(), terms.rounding());
    }

    private static List<ScheduleLine> plan(BigDecimal principal, int firstNumber, List<LocalDate> dueDates, LoanTerms terms) {
        int n = dueDates.size();
        BigDecimal monthly = terms.annualRate().divide(BigDecimal.valueOf(12), EXACT);
        BigDecimal instalment = terms.method() == RepaymentMethod.ANNUITY
                ? annuity(principal, monthly, n).setScale(terms.scale(), terms.rounding())
                : principal.divide(BigDecimal.valueOf(n), EXACT).setScale(terms.scale(), terms.rounding());
        List<ScheduleLine> lines = new ArrayList<>(n);
        BigDecimal balance = principal.setScale(terms.scale(), terms.rounding());
        for (int i = 0; i < n; i++) {
            BigDecimal interest = balance.multiply(monthly, EXACT).setScale(terms.scale(), terms.rounding());
            boolean last = i == n - 1;
            BigDecimal repaid = last ? balance
                    : terms.method() == RepaymentMethod.ANNUITY ? instalment.subtract(interest) : instalment;
            // A tiny loan at a high rate could make interest exceed the instalment; never plan negative principal.
            repaid = repaid.max(BigDecimal.ZERO.setScale(terms.scale())).min(balance);
            balance = balance.subtract(repaid);
            lines.add(new ScheduleLine(firstNumber + i, dueDates.get(i), repaid, interest, balance));
        }
        return List.copyOf(lines);
    }

    /** P·r / (1 − (1 + r)^−n); plain division by n when the rate is zero. */
    private static BigDecimal annuity(BigDecimal principal, BigDecimal monthly, int n) {
        if (monthly.signum() == 0) {
            return principal.divide(BigDecimal.valueOf(n), EXACT);
        }
        BigDecimal growth = BigDecimal.ONE.add(monthly).pow(n, EXACT);
        return principal.multiply(monthly, EXACT).multiply(growth, EXACT).divide(growth.subtract(BigDecimal.ONE), EXACT);
    }
}
