package bank.bonafide.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one currency. Never a floating-point number: amounts are {@link BigDecimal}s, and
 * arithmetic across currencies is refused rather than converted.
 *
 * <p>Equality is exact, scale included (CNY 1.0 and CNY 1.00 differ); use {@link #sameAs} to compare
 * values and {@link #rounded} to bring an amount to the currency's minor unit.
 *
 * @param currency ISO 4217 code
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // refuses anything that is not an ISO 4217 code
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(Currency.getInstance(currency).getDefaultFractionDigits()), currency);
    }

    /** The currency's minor unit: 2 for CNY, EUR, USD, GBP; 0 for JPY. */
    public int minorUnit() {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    public Money rounded(int scale, RoundingMode mode) {
        return new Money(amount.setScale(scale, mode), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean sameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    /**
     * An amount as people read it: plain decimal, at least two places, trailing zeros beyond them dropped
     * ("964.00", "0.0435" stays, never "964.0000" or "9.64E+2"). For screens and API answers.
     */
    public static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }

    /** "CNY 11300.00": the form used in evidence, messages and the terms a customer confirms. */
    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
