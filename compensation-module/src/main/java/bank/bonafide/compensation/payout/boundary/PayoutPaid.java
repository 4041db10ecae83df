package bank.bonafide.compensation.payout.boundary;

import java.time.Instant;
import java.util.UUID;

/** A payout left the fund. Fired synchronously inside this context, in the paying transaction; not an integration event. */
public record PayoutPaid(String reference, UUID complaintId, Instant paidAt) {
}
