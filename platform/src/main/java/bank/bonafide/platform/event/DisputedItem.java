package bank.bonafide.platform.event;

import java.util.Objects;

/**
 * What a customer disputes: one of their accounts, loans or payments, by the bank's reference.
 *
 * @param kind      account, loan or payment
 * @param reference the bank's own reference (for example {@code A-1001}); never a card or ID number
 */
public record DisputedItem(Kind kind, String reference) {

    public enum Kind { ACCOUNT, LOAN, PAYMENT }

    public DisputedItem {
        Objects.requireNonNull(kind, "kind");
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a disputed item needs the bank's reference");
        }
    }
}
