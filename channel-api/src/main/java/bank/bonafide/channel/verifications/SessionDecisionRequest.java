package bank.bonafide.channel.verifications;

/** Ends a session: the applicant as captured now (personal data, used for the checks, never echoed). */
public record SessionDecisionRequest(VerificationRequest.Applicant applicant) {
}
