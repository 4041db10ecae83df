package bank.bonafide.lending.terms.entity;

import bank.bonafide.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@link LoanTerms} as an application and a loan store them, in the same columns. A loan taken over from
 * before origination moved here has only amount, currency and account; its terms are then empty.
 */
@Embeddable
public class StoredTerms {

    @Column(name = "principal_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal principalAmount;

    /** {@code principal_currency} on loans; applications override it to {@code currency}. */
    @Column(name = "principal_currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "account_reference", nullable = false, length = 64)
    private String payee;

    @Column(name = "term_months")
    private Integer termMonths;

    @Column(name = "annual_rate", precision = 9, scale = 6)
    private BigDecimal annualRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_method", length = 16)
    private RepaymentMethod method;

    @Column(name = "rounding_scale")
    private Integer roundingScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_mode", length = 16)
    private RoundingMode roundingMode;

    @Column(name = "first_due_date")
    private LocalDate firstDueDate;

    protected StoredTerms() {
    }

    public static StoredTerms of(LoanTerms t) {
        StoredTerms s = new StoredTerms();
        s.principalAmount = t.principal().amount();
        s.currency = t.principal().currency();
        s.payee = t.payee();
        s.termMonths = t.termMonths();
        s.annualRate = t.annualRate();
        s.method = t.method();
        s.roundingScale = t.scale();
        s.roundingMode = t.rounding();
        s.firstDueDate = t.firstDueDate();
        return s;
    }

    /** The terms, amounts at the product's scale; empty for a loan without stored terms. */
    public Optional<LoanTerms> terms() {
        if (termMonths == null) {
            return Optional.empty();
        }
        return Optional.of(new LoanTerms(new Money(principalAmount.setScale(roundingScale, roundingMode), currency), termMonths,
                annualRate, method, roundingScale, roundingMode, payee, firstDueDate));
    }

    public BigDecimal principalAmount() {
        return principalAmount;
    }

    public String currency() {
        return currency;
    }

    public String payee() {
        return payee;
    }
}
