package bank.bonafide.lending.loan.boundary;

import java.math.BigDecimal;

/** What became of money offered to a loan. */
public sealed interface RepaymentResult {

    /** Booked; {@code detail} is the loan afterwards. */
    record Booked(BigDecimal amount, String kind, LoanDetail detail) implements RepaymentResult {
    }

    /** Not booked, nothing changed; the reason is for the customer. */
    record Refused(String reason) implements RepaymentResult {
    }

    record NotFound() implements RepaymentResult {
    }
}
