package bank.bonafide.identity.verification.entity;

import java.time.Instant;
import java.util.Objects;

/**
 * Who is being verified for what, where and when: everything about a verification besides the checks.
 *
 * @param terminalId the terminal or counter the channel names; null for the app
 * @param occurredAt when the customer acted; selects the rule pack (a 2019 event is judged by 2019 rules)
 * @param actor      who asked for the decision (login, and terminal when there is one)
 * @param applicant  the applicant masked, for a person who must review the decision; null when not captured
 * @param confirmedTermsHash for a loan signing: the hash of the exact terms the customer's code was bound to
 *                   (dynamic linking, EU-01); sealed into the evidence and announced; null otherwise
 */
public record VerificationAttempt(String customerId, String subjectReference, Purpose purpose, String channel,
                                  String terminalId, Instant occurredAt, LoginAssurance loginAssurance, String actor,
                                  MaskedApplicant applicant, String confirmedTermsHash) {

    /** An attempt that confirms no loan terms. */
    public VerificationAttempt(String customerId, String subjectReference, Purpose purpose, String channel,
                               String terminalId, Instant occurredAt, LoginAssurance loginAssurance, String actor,
                               MaskedApplicant applicant) {
        this(customerId, subjectReference, purpose, channel, terminalId, occurredAt, loginAssurance, actor, applicant, null);
    }

    public VerificationAttempt {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(subjectReference, "subjectReference");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
        loginAssurance = loginAssurance == null ? LoginAssurance.NOT_STATED : loginAssurance;
    }
}
