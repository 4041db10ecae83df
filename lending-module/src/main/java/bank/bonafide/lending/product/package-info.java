/**
 * Loan products as an ADMIN defines them: amount range, term range, annual rate, repayment method,
 * rounding and late-fee rule. An application copies the product's terms, so a later change of the product
 * never changes a loan already offered or signed.
 */
package bank.bonafide.lending.product;
