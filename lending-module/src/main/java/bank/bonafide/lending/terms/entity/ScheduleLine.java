package bank.bonafide.lending.terms.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One planned instalment. Amounts are in the loan's currency at the product's scale.
 *
 * @param number          1 for the first instalment
 * @param balanceAfter    principal still owed once this instalment is paid
 */
public record ScheduleLine(int number, LocalDate dueDate, BigDecimal principal, BigDecimal interest, BigDecimal balanceAfter) {

    public BigDecimal total() {
        return principal.add(interest);
    }
}
