package bank.bonafide.compensation.payout.control;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.compensation.payout.control.Claim.Finding;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.RulePack;
import bank.bonafide.platform.rules.RulePacks;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pack rules for how much the bank pays, one jurisdiction at a time, with amounts worked by hand. */
class PayableAmountTest {

    static final Instant LOSS = Instant.parse("2025-03-03T10:00:00Z");

    static RulePack pack(String jurisdiction) {
        return RulePacks.shipped().inForce(jurisdiction, LOSS);
    }

    static Claim claim(String amount, String currency, Finding finding, Instant learned, Instant reported) {
        return new Claim(Money.of(amount, currency), null, finding, null, LOSS, learned, reported, null, false, false);
    }

    static void pays(Payable p, String bank, String customer) {
        assertThat(p.bankPays().amount()).as(p.reasons().toString()).isEqualByComparingTo(bank);
        assertThat(p.customerBears().amount()).as(p.reasons().toString()).isEqualByComparingTo(customer);
    }

    @Test
    void euPayerBearsAtMostFiftyEurosNothingWhenUndetectableAndAllForGrossNegligence() {
        pays(PayableAmount.of(claim("1200.00", "EUR", Finding.BANK_CANNOT_PROVE, LOSS, LOSS), pack("EU")), "1150.00", "50.00");
        pays(PayableAmount.of(claim("30.00", "EUR", Finding.BANK_CANNOT_PROVE, LOSS, LOSS), pack("EU")), "0.00", "30.00");
        Claim undetectable = new Claim(Money.of("1200.00", "EUR"), null, Finding.BANK_CANNOT_PROVE, null, LOSS, LOSS, LOSS, null, false, true);
        pays(PayableAmount.of(undetectable, pack("EU")), "1200.00", "0");
        Payable negligent = PayableAmount.of(claim("1200.00", "EUR", Finding.GROSS_NEGLIGENCE, LOSS, LOSS), pack("EU"));
        pays(negligent, "0", "1200.00");
        assertThat(negligent.reasons()).anyMatch(r -> r.contains("EU-04"));
    }

    @Test
    void usConsumerLiabilityFollowsTheReportDate() {
        Instant learnedMonday = Instant.parse("2025-03-03T15:00:00Z");
        // Within 2 business days of learning (Monday -> Wednesday): at most USD 50.
        pays(PayableAmount.of(claim("2000.00", "USD", Finding.BANK_CANNOT_PROVE, learnedMonday,
                Instant.parse("2025-03-05T15:00:00Z")), pack("US")), "1950.00", "50.00");
        // Later, within 60 days of the statement: at most USD 500.
        Claim late = new Claim(Money.of("2000.00", "USD"), null, Finding.BANK_CANNOT_PROVE, null, LOSS, learnedMonday,
                Instant.parse("2025-03-07T15:00:00Z"), Instant.parse("2025-03-01T15:00:00Z"), false, false);
        pays(PayableAmount.of(late, pack("US")), "1500.00", "500.00");
        // More than 60 days after the statement: the consumer bears it.
        Claim tooLate = new Claim(Money.of("2000.00", "USD"), null, Finding.BANK_CANNOT_PROVE, null, LOSS, learnedMonday,
                Instant.parse("2025-05-05T15:00:00Z"), Instant.parse("2025-03-01T15:00:00Z"), false, false);
        pays(PayableAmount.of(tooLate, pack("US")), "0", "2000.00");
    }

    @Test
    void ukReimbursesUpToTheCapLessTheExcessExceptForVulnerableCustomersAndLateClaims() {
        Instant reported = Instant.parse("2025-03-10T10:00:00Z");
        pays(PayableAmount.of(claim("4000.00", "GBP", Finding.BANK_CANNOT_PROVE, LOSS, reported), pack("UK")), "3900.00", "100.00");
        pays(PayableAmount.of(claim("90000.00", "GBP", Finding.BANK_CANNOT_PROVE, LOSS, reported), pack("UK")), "84900.00", "5100.00");
        Claim vulnerable = new Claim(Money.of("4000.00", "GBP"), null, Finding.GROSS_NEGLIGENCE, null, LOSS, LOSS, reported, null, true, false);
        pays(PayableAmount.of(vulnerable, pack("UK")), "4000.00", "0");
        pays(PayableAmount.of(claim("4000.00", "GBP", Finding.BANK_CANNOT_PROVE, LOSS, Instant.parse("2026-04-04T10:00:00Z")),
                pack("UK")), "0", "4000.00");
        pays(PayableAmount.of(claim("4000.00", "GBP", Finding.CUSTOMER_FRAUD, LOSS, reported), pack("UK")), "0", "4000.00");
    }

    @Test
    void cnPaysInFullWhenTheBankCannotProveAndSplitsByFaultWithCostsIncluded() {
        Claim seed = new Claim(Money.of("50000.00", "CNY"), Money.of("800.00", "CNY"), Finding.BANK_CANNOT_PROVE, null,
                LOSS, LOSS, LOSS, null, false, false);
        pays(PayableAmount.of(seed, pack("CN")), "50800.00", "0");
        Claim shared = new Claim(Money.of("10000.00", "CNY"), Money.of("500.00", "CNY"), Finding.CUSTOMER_CONTRIBUTED, null,
                LOSS, LOSS, LOSS, null, false, false);
        Payable split = PayableAmount.of(shared, pack("CN"));
        pays(split, "7350.00", "3150.00");
        assertThat(split.reasons()).anyMatch(r -> r.contains("30%") && r.contains("CN-18"));
        Claim caseSplit = new Claim(Money.of("10000.00", "CNY"), null, Finding.CUSTOMER_CONTRIBUTED, new BigDecimal("40"),
                LOSS, LOSS, LOSS, null, false, false);
        pays(PayableAmount.of(caseSplit, pack("CN")), "6000.00", "4000.00");
        pays(PayableAmount.of(claim("10000.00", "CNY", Finding.CUSTOMER_FRAUD, LOSS, LOSS), pack("CN")), "0", "10000.00");
    }
}
