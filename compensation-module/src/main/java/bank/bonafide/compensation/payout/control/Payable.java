package bank.bonafide.compensation.payout.control;

import bank.bonafide.platform.money.Money;
import java.util.List;

/**
 * What the bank pays and what the customer bears, with every rule that shaped it (cited by rule id), so
 * that the customer and a court can follow the arithmetic.
 */
public record Payable(Money bankPays, Money customerBears, List<String> reasons) {

    public Payable {
        reasons = List.copyOf(reasons);
    }
}
