/**
 * Staff reads of lending's personal data (customer, account, amounts, repayments): every one is logged
 * with who, what, whose and why, so bulk or purposeless viewing can be seen (CN-12, CN-13).
 */
package bank.bonafide.lending.access;
