package bank.bonafide.identity.verification.entity;

/**
 * An external check's answer in the CAMARA shape. {@code NOT_AVAILABLE} (also used for a timeout) is
 * not {@code FALSE}, and it is never a pass.
 */
public enum CheckAnswer {
    TRUE, FALSE, NOT_AVAILABLE;

    public boolean confirmed() {
        return this == TRUE;
    }
}
