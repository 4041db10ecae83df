package bank.bonafide.complaints.complaint.boundary;

import java.time.Instant;

/** The answer a customer gets when filing: a reference and a deadline, or why it was not accepted. */
public sealed interface FilingResult {

    /** Received: the reference, the regulatory deadline and who answers for the case (CN-15). */
    record Filed(String reference, Instant deadline, String ownerDepartment, String ownerPerson) implements FilingResult {
    }

    record Rejected(String reason) implements FilingResult {
    }
}
