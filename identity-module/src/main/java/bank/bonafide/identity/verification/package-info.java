/**
 * Verification decisions: what identity checked before an account was opened or a loan signed, and
 * what it concluded. (The cross-verification itself arrives with the identity issue; this holds the
 * record every later dispute is judged on.)
 */
package bank.bonafide.identity.verification;
