package bank.bonafide.complaints.complaint.boundary;

import java.time.Instant;

/** The answer a customer gets when filing: a reference and a deadline, or why it was not accepted. */
public sealed interface FilingResult {

    record Filed(String reference, Instant deadline) implements FilingResult {
    }

    record Rejected(String reason) implements FilingResult {
    }
}
