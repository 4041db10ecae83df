package bank.bonafide.lending.product.entity;

import bank.bonafide.lending.terms.entity.RepaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A loan product. Invariants (checked by {@link #define}): min amount positive and not above max, terms
 * 1..600 months with min not above max, rate 0..1, late-fee rate 0..0.01 a day, scale 0..4.
 */
@Entity
@Table(name = "lending_product")
@NamedQuery(name = LoanProduct.ALL, query = "SELECT p FROM LoanProduct p ORDER BY p.code")
public class LoanProduct {

    public static final String ALL = "LoanProduct.all";

    /** Everything an ADMIN sets; validated before it touches a product. */
    public record Definition(String code, String name, String currency, BigDecimal minAmount, BigDecimal maxAmount,
                             int minTermMonths, int maxTermMonths, BigDecimal annualRate, RepaymentMethod method,
                             int roundingScale, RoundingMode roundingMode, BigDecimal lateFeeDailyRate,
                             int lateFeeGraceDays, boolean active) {

        /** @return what is wrong, in words for the screen; empty when the definition is sound */
        public java.util.List<String> problems() {
            java.util.List<String> p = new java.util.ArrayList<>();
            if (code == null || !code.matches("[A-Z0-9-]{2,32}")) {
                p.add("code: 2 to 32 capital letters, digits or dashes");
            }
            if (name == null || name.isBlank() || name.length() > 100) {
                p.add("name: 1 to 100 characters");
            }
            try {
                java.util.Currency.getInstance(String.valueOf(currency));
            } catch (IllegalArgumentException e) {
                p.add("currency: an ISO 4217 code such as CNY");
            }
            if (minAmount == null || maxAmount == null || minAmount.signum() <= 0 || minAmount.compareTo(maxAmount) > 0) {
                p.add("amounts: minimum above zero and not above maximum");
            }
            if (minTermMonths < 1 || maxTermMonths > 600 || minTermMonths > maxTermMonths) {
                p.add("term: 1 to 600 months, minimum not above maximum");
            }
            if (annualRate == null || annualRate.signum() < 0 || annualRate.compareTo(BigDecimal.ONE) > 0) {
                p.add("annual rate: a fraction from 0 to 1 (0.0435 for 4.35 %)");
            }
            if (method == null) {
                p.add("repayment method: ANNUITY or EQUAL_PRINCIPAL");
            }
            if (roundingScale < 0 || roundingScale > 4 || roundingMode == null) {
                p.add("rounding: 0 to 4 decimal places and a rounding mode");
            }
            if (lateFeeDailyRate == null || lateFeeDailyRate.signum() < 0 || lateFeeDailyRate.compareTo(new BigDecimal("0.01")) > 0) {
                p.add("late fee: a daily fraction from 0 to 0.01");
            }
            if (lateFeeGraceDays < 0 || lateFeeGraceDays > 60) {
                p.add("grace days: 0 to 60");
            }
            return p;
        }
    }

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "min_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal minAmount;

    @Column(name = "max_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal maxAmount;

    @Column(name = "min_term_months", nullable = false)
    private int minTermMonths;

    @Column(name = "max_term_months", nullable = false)
    private int maxTermMonths;

    @Column(name = "annual_rate", nullable = false, precision = 9, scale = 6)
    private BigDecimal annualRate;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_method", nullable = false, length = 16)
    private RepaymentMethod method;

    @Column(name = "rounding_scale", nullable = false)
    private int roundingScale;

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_mode", nullable = false, length = 16)
    private RoundingMode roundingMode;

    @Column(name = "late_fee_daily_rate", nullable = false, precision = 9, scale = 6)
    private BigDecimal lateFeeDailyRate;

    @Column(name = "late_fee_grace_days", nullable = false)
    private int lateFeeGraceDays;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LoanProduct() {
    }

    public LoanProduct(String code) {
        this.code = code;
    }

    /** Applies a definition already free of {@link Definition#problems()}. The code never changes. */
    public void define(Definition d, String by, Instant at) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", d.problems()));
        }
        name = d.name().strip();
        currency = d.currency();
        minAmount = d.minAmount();
        maxAmount = d.maxAmount();
        minTermMonths = d.minTermMonths();
        maxTermMonths = d.maxTermMonths();
        annualRate = d.annualRate();
        method = d.method();
        roundingScale = d.roundingScale();
        roundingMode = d.roundingMode();
        lateFeeDailyRate = d.lateFeeDailyRate();
        lateFeeGraceDays = d.lateFeeGraceDays();
        active = d.active();
        updatedBy = by;
        updatedAt = at;
    }

    public Definition definition() {
        return new Definition(code, name, currency, minAmount, maxAmount, minTermMonths, maxTermMonths, annualRate, method,
                roundingScale, roundingMode, lateFeeDailyRate, lateFeeGraceDays, active);
    }

    public String code() {
        return code;
    }

    public boolean active() {
        return active;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
