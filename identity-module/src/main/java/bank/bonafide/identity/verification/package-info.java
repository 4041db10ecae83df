/**
 * Verification decisions: what identity checked before an account was opened or a loan signed, and
 * what it concluded. {@code control.VerificationPolicy} judges check results under the rule pack in
 * force (face never alone, {@code not_available} never a pass, hard blocks for a lost document, a phone
 * that is not the applicant's and a recent SIM swap). Sessions, external checks over HTTP, consent, the
 * biometric vault and sealed evidence packages follow in the identity issue.
 */
package bank.bonafide.identity.verification;
