/**
 * Loan terms and their repayment schedule: exact decimal money, rounding per product, the two repayment
 * methods (equal instalments and equal principal), recalculation after an early repayment, and the terms
 * hash a customer's confirmation is bound to. Pure code with no clock; {@code StoredTerms} is the one
 * embeddable that applications and loans store terms in.
 */
package bank.bonafide.lending.terms;
