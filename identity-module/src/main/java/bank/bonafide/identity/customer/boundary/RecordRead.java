package bank.bonafide.identity.customer.boundary;

/** The outcome of a staff read of a customer record. */
public sealed interface RecordRead {

    /** Shown (and logged); {@code value} is the masked view or, for an unmasked field, the field itself. */
    record Shown(CustomerView record, String value) implements RecordRead {
    }

    /** Not shown, nothing logged beyond the refusal; the reason is for the member of staff. */
    record Refused(String reason) implements RecordRead {
    }

    /** Shown nothing: this read took the member of staff above the bulk-access limit and the login is blocked. */
    record Suspended(String reason) implements RecordRead {
    }

    record NotFound() implements RecordRead {
    }
}
