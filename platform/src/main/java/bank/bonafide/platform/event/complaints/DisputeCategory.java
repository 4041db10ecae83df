package bank.bonafide.platform.event.complaints;

/** Why the customer complains; the first three mean "it was not me" and open a liability assessment. */
public enum DisputeCategory {
    ACCOUNT_OPENED_WITHOUT_ME,
    LOAN_NOT_TAKEN,
    UNAUTHORIZED_TRANSACTION,
    FACE_PAYMENT_NOT_MADE,
    WRONG_AMOUNT,
    SERVICE;

    /** An impersonation claim: the bank must prove it was the customer (CN-18, EU-02). */
    public boolean deniesAuthorship() {
        return this != WRONG_AMOUNT && this != SERVICE;
    }

    /** The customer contests the item itself (not only how they were served): collection must stop. */
    public boolean contestsTheItem() {
        return this != SERVICE;
    }
}
