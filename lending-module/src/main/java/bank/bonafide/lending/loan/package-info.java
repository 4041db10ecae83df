/**
 * Loans and their collection. A dispute freezes collection and credit reporting at once: no reminder,
 * no fee and no report while a customer says the loan is not theirs.
 */
package bank.bonafide.lending.loan;
