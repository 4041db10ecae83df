package bank.bonafide.compensation.fund.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.bonafide.platform.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void aJournalExistsOnlyBalancedPerCurrencyWithPositiveAmounts() {
        Journal payout = Journal.payout(Money.of("5200.00", "CNY"), "PAY-1");
        assertThat(payout.lines()).extracting(Journal.Line::account)
                .containsExactly(FundAccount.COMPENSATION_LOSSES, FundAccount.RISK_PROVISION_FUND);

        assertThatThrownBy(() -> new Journal("typo", "X", List.of(
                new Journal.Line(FundAccount.COMPENSATION_LOSSES, Journal.Side.DEBIT, Money.of("5200.00", "CNY")),
                new Journal.Line(FundAccount.RISK_PROVISION_FUND, Journal.Side.CREDIT, Money.of("520.00", "CNY")))))
                .hasMessageContaining("out of balance by CNY 4680.00");
        assertThatThrownBy(() -> new Journal("two currencies", "X", List.of(
                new Journal.Line(FundAccount.COMPENSATION_LOSSES, Journal.Side.DEBIT, Money.of("100.00", "CNY")),
                new Journal.Line(FundAccount.RISK_PROVISION_FUND, Journal.Side.CREDIT, Money.of("100.00", "EUR")))))
                .hasMessageContaining("out of balance");
        assertThatThrownBy(() -> Journal.recovery(Money.of("-5.00", "CNY"), "R-1")).hasMessageContaining("positive amount");
        assertThatThrownBy(() -> new Journal("one line", "X", List.of(
                new Journal.Line(FundAccount.COMPENSATION_LOSSES, Journal.Side.DEBIT, Money.of("1.00", "CNY")))))
                .hasMessageContaining("a debit and a credit");
    }
}
