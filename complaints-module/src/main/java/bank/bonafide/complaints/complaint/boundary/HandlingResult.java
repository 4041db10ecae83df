package bank.bonafide.complaints.complaint.boundary;

/** What became of a handling step. */
public sealed interface HandlingResult {

    /** Done; the complaint as it now stands. */
    record Done(ComplaintView complaint) implements HandlingResult {
    }

    /** Not done and nothing changed; the reason is for the member of staff. */
    record Refused(String reason) implements HandlingResult {
    }

    record NotFound() implements HandlingResult {
    }
}
