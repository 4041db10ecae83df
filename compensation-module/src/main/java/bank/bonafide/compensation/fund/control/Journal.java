package bank.bonafide.compensation.fund.control;

import bank.bonafide.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One business event in the fund's ledger: lines that debit and credit its accounts. A journal exists only
 * balanced, per currency, with positive amounts: the ledger cannot be written out of balance.
 *
 * @param reference what it belongs to (a payout, a recovery case, a contribution)
 */
public record Journal(String memo, String reference, List<Line> lines) {

    /** One side of a journal. */
    public record Line(FundAccount account, Side side, Money amount) {
        public Line {
            Objects.requireNonNull(account);
            Objects.requireNonNull(side);
            if (amount.amount().signum() <= 0) {
                throw new IllegalArgumentException("a ledger line carries a positive amount, not " + amount);
            }
        }
    }

    public enum Side { DEBIT, CREDIT }

    public Journal {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("a journal has a debit and a credit");
        }
        Map<String, BigDecimal> net = lines.stream().collect(Collectors.groupingBy(l -> l.amount().currency(),
                Collectors.reducing(BigDecimal.ZERO, l -> l.side() == Side.DEBIT ? l.amount().amount() : l.amount().amount().negate(),
                        BigDecimal::add)));
        net.forEach((currency, difference) -> {
            if (difference.signum() != 0) {
                throw new IllegalArgumentException("journal '" + memo + "' is out of balance by " + currency + " " + difference.toPlainString());
            }
        });
    }

    /** The bank puts money into the fund. */
    public static Journal contribution(Money amount, String reference) {
        return of("contribution to the risk-provision fund", reference, FundAccount.RISK_PROVISION_FUND, FundAccount.BANK_CONTRIBUTIONS, amount);
    }

    /** The fund pays a customer first (advance compensation). */
    public static Journal payout(Money amount, String reference) {
        return of("advance compensation paid", reference, FundAccount.COMPENSATION_LOSSES, FundAccount.RISK_PROVISION_FUND, amount);
    }

    /** Money recovered from the fraudster or the receiving bank comes back to the fund. */
    public static Journal recovery(Money amount, String reference) {
        return of("recovery", reference, FundAccount.RISK_PROVISION_FUND, FundAccount.COMPENSATION_LOSSES, amount);
    }

    /** A loss claimed from the insurer: receivable until paid. */
    public static Journal insuranceClaim(Money amount, String reference) {
        return of("insurance claim", reference, FundAccount.INSURANCE_RECEIVABLE, FundAccount.COMPENSATION_LOSSES, amount);
    }

    /** The insurer pays the claim into the fund. */
    public static Journal insurancePaid(Money amount, String reference) {
        return of("insurance paid", reference, FundAccount.RISK_PROVISION_FUND, FundAccount.INSURANCE_RECEIVABLE, amount);
    }

    /** What the insurer will not pay: the claim is written down and the loss stays with the fund. */
    public static Journal insuranceWrittenDown(Money amount, String reference) {
        return of("insurance claim written down", reference, FundAccount.COMPENSATION_LOSSES, FundAccount.INSURANCE_RECEIVABLE, amount);
    }

    private static Journal of(String memo, String reference, FundAccount debit, FundAccount credit, Money amount) {
        return new Journal(memo, reference, List.of(new Line(debit, Side.DEBIT, amount), new Line(credit, Side.CREDIT, amount)));
    }
}
