/**
 * Loan applications from the app and the back office, up to the signed contract. Eligibility needs an
 * account whose opening identity verified in person or by full cross-verification, the rule pack's
 * cooling-off after that opening, and the customer's credit-report consent for this very application
 * (CN-06). Signing needs a code bound to the hash of the exact terms (a change of any term voids it) and
 * identity's LOAN_SIGNING step-up approving those same terms; only then is a loan originated.
 */
package bank.bonafide.lending.application;
