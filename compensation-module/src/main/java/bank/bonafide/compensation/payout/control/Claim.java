package bank.bonafide.compensation.payout.control;

import bank.bonafide.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's loss as the assessment established it, with what the pack rules need to size the payout.
 *
 * @param loss          what was taken or charged without the customer's authority
 * @param costs         reasonable costs of pursuing it (CN-19: included in the compensation)
 * @param finding       what the evidence shows about the customer's part
 * @param customerFaultPercent under CN, the customer's share of the fault when {@code finding} is
 *                      {@link Finding#CUSTOMER_CONTRIBUTED}; null to use the pack's default split
 * @param lossAt        when the loss happened (UK: the claim window runs from the payment)
 * @param learnedAt     when the customer learned of it (US: the report window runs from here)
 * @param reportedAt    when the customer reported it to the bank
 * @param statementAt   US: when the statement showing it was sent; null when none was
 * @param vulnerable    UK: a vulnerable customer pays no excess and is not met with gross negligence
 * @param undetectableOrStaffCaused EU-04: the payer could not have detected it, or the bank's staff caused it
 */
public record Claim(Money loss, Money costs, Finding finding, java.math.BigDecimal customerFaultPercent, Instant lossAt,
                    Instant learnedAt, Instant reportedAt, Instant statementAt, boolean vulnerable,
                    boolean undetectableOrStaffCaused) {

    public Claim {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(finding, "finding");
        costs = costs == null ? Money.zero(loss.currency()) : costs;
        if (!costs.currency().equals(loss.currency())) {
            throw new IllegalArgumentException("costs in " + costs.currency() + " for a loss in " + loss.currency());
        }
    }

    /** What the evidence shows about the customer's part in the loss. */
    public enum Finding {
        /** The bank cannot prove the customer acted or authorized (the use of the instrument alone is no proof, EU-02). */
        BANK_CANNOT_PROVE,
        /** The assessment has not finished: the pack decides whether the bank pays provisionally. */
        UNDECIDED,
        /** The customer shares the fault (CN-18 split, for example 70/30). */
        CUSTOMER_CONTRIBUTED,
        /** Evidence of the customer's gross negligence. */
        GROSS_NEGLIGENCE,
        /** Evidence that the customer acted fraudulently (first-party fraud). */
        CUSTOMER_FRAUD
    }
}
