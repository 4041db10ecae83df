package bank.bonafide.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bank.bonafide.compensation.payout.control.Claim;
import bank.bonafide.compensation.payout.control.PayableAmount;
import bank.bonafide.compensation.recovery.boundary.Recoveries;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.rules.RulePacks;
import bank.bonafide.platform.text.SentenceCoverage;
import bank.bonafide.platform.text.Sentences;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The compensation context's refusals: every sentence said is in its bundles, in English and in Chinese. */
class SentencesCoverageTest {

    @Test
    void everySentenceSaidIsInItsBundleAndTranslated() {
        assertThat(SentenceCoverage.problems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aRecoveryRefusalReadsTheSameInEnglishAndFillsTheChineseToo() {
        Sentences recovery = Sentences.of(Recoveries.class);
        assertThat(recovery.sayIn(Locale.ROOT, "claims.exceed", "PAY-7", Money.of("900.00", "GBP"), "500"))
                .isEqualTo("Claims on PAY-7 would exceed the GBP 900.00 paid out (500 already claimed).");
        assertThat(recovery.sayIn(Locale.SIMPLIFIED_CHINESE, "claims.exceed", "PAY-7", Money.of("900.00", "GBP"), "500"))
                .isEqualTo("对 PAY-7 的追偿总额将超过已支付的 GBP 900.00（已追偿 500）。");
        assertThat(recovery.sayIn(Locale.SIMPLIFIED_CHINESE, "paid.only", recovery.sayIn(Locale.SIMPLIFIED_CHINESE, "status.REJECTED")))
                .isEqualTo("仅可对已支付的赔付进行追偿；该笔赔付当前状态为：已驳回。");
        assertThat(recovery.sayIn(Locale.ROOT, "paid.only", recovery.sayIn(Locale.ROOT, "status.REJECTED")))
                .isEqualTo("Only a paid payout can be recovered; this one is rejected.");
    }

    @Test
    void aClaimThePackCannotSizeKeepsItsEnglishMessageAndAnswersInTheReadersLanguage() {
        Instant loss = Instant.parse("2025-03-03T10:00:00Z");
        Claim inDollars = new Claim(Money.of("1200.00", "USD"), null, Claim.Finding.BANK_CANNOT_PROVE, null, loss, loss, loss, null,
                false, false);
        PayableAmount.Unpayable refused = catchThrowableOfType(
                () -> PayableAmount.of(inDollars, RulePacks.shipped().inForce("EU", loss)), PayableAmount.Unpayable.class);
        assertThat(refused).hasMessage("the pack's amount is in EUR, the loss in USD");
        // no page is answered in a unit test: the reader is English
        assertThat(refused.sentence()).isEqualTo("the pack's amount is in EUR, the loss in USD");
        assertThat(Sentences.of(PayableAmount.class).sayIn(Locale.SIMPLIFIED_CHINESE, "pack.currency", "EUR", "USD"))
                .isEqualTo("规则包中的金额币种为 EUR，损失币种为 USD");
    }
}
