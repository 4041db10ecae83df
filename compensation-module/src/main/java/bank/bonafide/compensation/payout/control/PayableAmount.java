package bank.bonafide.compensation.payout.control;

import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.Sourced;
import bank.bonafide.platform.text.Sentences;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of a loss the bank pays, by the rules of the pack in force: caps and tiers (EU-04, US-02, UK-01),
 * the split by fault shares and reasonable costs (CN-18, CN-19). Pure: the same claim and pack always give
 * the same answer.
 */
public final class PayableAmount {

    private static final Sentences SENTENCES = Sentences.of(PayableAmount.class);

    private PayableAmount() {
    }

    /**
     * A claim these rules cannot size. Its message is English (it may be logged); {@link #sentence()} is the same
     * refusal in the reader's language, for the boundary to answer with.
     */
    public static final class Unpayable extends IllegalArgumentException {

        private final String sentence;

        Unpayable(String english, String sentence) {
            super(english);
            this.sentence = sentence;
        }

        /** Why the claim cannot be sized, in the reader's language. */
        public String sentence() {
            return sentence;
        }
    }

    public static Payable of(Claim claim, RulePack pack) {
        return switch (pack.jurisdiction()) {
            case "EU" -> eu(claim, pack);
            case "US" -> us(claim, pack);
            case "UK" -> uk(claim, pack);
            case "CN" -> cn(claim, pack);
            default -> throw new Unpayable(SENTENCES.sayIn(Locale.ROOT, "no.rules", pack.jurisdiction()),
                    SENTENCES.say("no.rules", pack.jurisdiction()));
        };
    }

    /** EU-04: the payer bears at most the cap, nothing when undetectable or staff-caused, all for fraud or gross negligence. */
    private static Payable eu(Claim c, RulePack pack) {
        List<String> why = new ArrayList<>();
        if (c.finding() == Claim.Finding.CUSTOMER_FRAUD || c.finding() == Claim.Finding.GROSS_NEGLIGENCE) {
            why.add("the payer acted fraudulently or with gross negligence: no refund (EU-04)");
            return split(c.loss(), c.loss(), why);
        }
        if (c.undetectableOrStaffCaused()) {
            why.add("the loss was undetectable to the payer or caused by the provider's staff: the payer bears nothing (EU-04)");
            return split(c.loss(), zero(c), why);
        }
        Sourced<Money> cap = pack.amount("payerLiabilityCap");
        Money payer = min(c.loss(), sameCurrency(cap.value(), c));
        why.add("the payer bears at most " + cap.value() + " (" + cap.source() + ")");
        return split(c.loss(), payer, why);
    }

    /**
     * US-02 (Reg E 1005.6): reported within 2 business days of learning of it, the consumer bears at most tier 1;
     * later but within 60 days of the statement, at most tier 2; after that, the loss in full.
     */
    private static Payable us(Claim c, RulePack pack) {
        List<String> why = new ArrayList<>();
        if (c.finding() == Claim.Finding.CUSTOMER_FRAUD) {
            why.add("the consumer took part in the transfer: it is not unauthorized (US-02)");
            return split(c.loss(), c.loss(), why);
        }
        LocalDate learned = pack.calendar().receivedOn(c.learnedAt());
        LocalDate reported = pack.calendar().receivedOn(c.reportedAt());
        Sourced<Money> tier1 = pack.amount("liabilityTier1");
        Sourced<Money> tier2 = pack.amount("liabilityTier2");
        if (!reported.isAfter(pack.calendar().plusBusinessDays(learned, 2))) {
            why.add("reported within 2 business days of learning of it: the consumer bears at most " + tier1.value() + " (" + tier1.source() + ")");
            return split(c.loss(), min(c.loss(), sameCurrency(tier1.value(), c)), why);
        }
        if (c.statementAt() == null || !reported.isAfter(pack.calendar().receivedOn(c.statementAt()).plusDays(60))) {
            why.add("reported within 60 days of the statement: the consumer bears at most " + tier2.value() + " (" + tier2.source() + ")");
            return split(c.loss(), min(c.loss(), sameCurrency(tier2.value(), c)), why);
        }
        why.add("reported more than 60 days after the statement: the consumer bears the loss (" + tier2.source() + ")");
        return split(c.loss(), c.loss(), why);
    }

    /**
     * UK-01: reimbursed up to the cap, less an excess of at most the pack's maximum (none for a vulnerable
     * customer), if claimed within the window; nothing for first-party fraud or (unless vulnerable) gross negligence.
     */
    private static Payable uk(Claim c, RulePack pack) {
        List<String> why = new ArrayList<>();
        int months = pack.parameter("appClaimWindowMonths").value().intValueExact();
        ZonedDateTime windowEnd = c.lossAt().atZone(pack.calendar().zone()).plusMonths(months);
        if (c.reportedAt().atZone(pack.calendar().zone()).isAfter(windowEnd)) {
            why.add("claimed more than " + months + " months after the payment (UK-01)");
            return split(c.loss(), c.loss(), why);
        }
        if (c.finding() == Claim.Finding.CUSTOMER_FRAUD
                || (c.finding() == Claim.Finding.GROSS_NEGLIGENCE && !c.vulnerable())) {
            why.add("first-party fraud or gross negligence: not reimbursed (UK-01)");
            return split(c.loss(), c.loss(), why);
        }
        Sourced<Money> cap = pack.amount("appReimbursementCap");
        Sourced<Money> excess = pack.amount("appMaximumExcess");
        Money covered = min(c.loss(), sameCurrency(cap.value(), c));
        if (covered.amount().compareTo(c.loss().amount()) < 0) {
            why.add("reimbursement is capped at " + cap.value() + " (" + cap.source() + ")");
        }
        Money deducted = c.vulnerable() ? zero(c) : min(covered, sameCurrency(excess.value(), c));
        why.add(c.vulnerable() ? "no excess for a vulnerable customer (" + excess.source() + ")"
                : "an excess of " + deducted + " is deducted (" + excess.source() + ")");
        return split(c.loss(), c.loss().minus(covered).plus(deducted), why);
    }

    /**
     * CN-18, CN-19: the bank bears the loss unless it proves the customer's fault; a shared fault splits it
     * (the pack's default, for example 70/30 for the bank, unless the case set its own); reasonable costs are
     * paid in the same share.
     */
    private static Payable cn(Claim c, RulePack pack) {
        List<String> why = new ArrayList<>();
        Money total = c.loss().plus(c.costs());
        if (c.costs().amount().signum() > 0) {
            why.add("reasonable costs of " + c.costs() + " are part of the loss (CN-19)");
        }
        switch (c.finding()) {
            case CUSTOMER_FRAUD, GROSS_NEGLIGENCE -> {
                why.add("the bank proved the customer's own act or gross fault: no compensation (CN-18)");
                return split(total, total, why);
            }
            case CUSTOMER_CONTRIBUTED -> {
                BigDecimal customerPercent = c.customerFaultPercent() != null ? c.customerFaultPercent()
                        : BigDecimal.valueOf(100).subtract(pack.policy().liability().bankSharePercentWhenHolderAtFault());
                Money customer = share(total, customerPercent);
                why.add("the customer's share of the fault is " + customerPercent.stripTrailingZeros().toPlainString()
                        + "%; the bank pays the rest (" + pack.policy().liability().source() + ")");
                return split(total, customer, why);
            }
            default -> {
                why.add(c.finding() == Claim.Finding.UNDECIDED
                        ? "the assessment is not finished: the bank pays in full now, provisionally (CN-17)"
                        : "the bank cannot prove the customer caused the loss: it pays in full, first (CN-17, CN-18)");
                return split(total, zero(c), why);
            }
        }
    }

    private static Payable split(Money total, Money customerBears, List<String> why) {
        return new Payable(total.minus(customerBears), customerBears, why);
    }

    private static Money share(Money total, BigDecimal percent) {
        return new Money(total.amount().multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), total.currency());
    }

    private static Money min(Money a, Money b) {
        return a.amount().compareTo(b.amount()) <= 0 ? a : b;
    }

    private static Money zero(Claim c) {
        return Money.zero(c.loss().currency());
    }

    /** A pack amount applies only to losses in its currency: a claim in another currency is refused, not converted. */
    private static Money sameCurrency(Money rule, Claim c) {
        if (!rule.currency().equals(c.loss().currency())) {
            throw new Unpayable(SENTENCES.sayIn(Locale.ROOT, "pack.currency", rule.currency(), c.loss().currency()),
                    SENTENCES.say("pack.currency", rule.currency(), c.loss().currency()));
        }
        return rule;
    }
}
