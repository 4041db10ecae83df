package bank.bonafide.lending.terms.entity;

import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The exact terms a customer is asked to confirm: amount, term, rate, method, who receives the money and
 * every planned instalment. Their {@link #hash()} is what a signing code is bound to, so a change of any
 * of them, down to one cent of one instalment, makes an earlier confirmation worthless (EU-01, CN-05).
 *
 * @param annualRate nominal yearly rate as a fraction (0.0435 for 4.35 %)
 * @param scale      decimal places amounts are rounded to (the product's rounding)
 * @param payee      the account the money is paid into
 */
public record LoanTerms(Money principal, int termMonths, BigDecimal annualRate, RepaymentMethod method, int scale,
                        RoundingMode rounding, String payee, LocalDate firstDueDate) {

    public LoanTerms {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(annualRate, "annualRate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(firstDueDate, "firstDueDate");
        if (termMonths < 1 || termMonths > 600) {
            throw new IllegalArgumentException("term must be 1 to 600 months");
        }
        if (principal.amount().signum() <= 0) {
            throw new IllegalArgumentException("principal must be positive");
        }
        if (annualRate.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative");
        }
        if (scale < 0 || scale > 4) {
            throw new IllegalArgumentException("scale must be 0 to 4");
        }
    }

    /**
     * SHA-256 over a canonical text of every term and every instalment. Numbers are written in plain form
     * with trailing zeros stripped, so 4.35 % and 4.350 % hash alike and the hash depends only on values.
     */
    public String hash(List<ScheduleLine> schedule) {
        String lines = schedule.stream()
                .map(l -> l.number() + "|" + l.dueDate() + "|" + plain(l.principal()) + "|" + plain(l.interest()))
                .collect(Collectors.joining(";"));
        return Sha256.hex("loan-terms-v1\n" + principal.currency() + "|" + plain(principal.amount()) + "|" + termMonths
                + "|" + plain(annualRate) + "|" + method + "|" + payee + "|" + firstDueDate + "\n" + lines);
    }

    /** What the customer reads before confirming: short enough for an SMS, complete enough to be bound. */
    public String summary() {
        return principal + " over " + termMonths + " months at "
                + plain(annualRate.movePointRight(2)) + "% a year (" + method.name().toLowerCase().replace('_', ' ')
                + "), paid to " + payee + ", first instalment due " + firstDueDate;
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
