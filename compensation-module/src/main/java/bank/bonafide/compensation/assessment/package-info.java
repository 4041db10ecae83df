/**
 * Liability assessment: for a customer who says "it was not me", can the bank prove otherwise? It
 * collects what identity discloses; the verdict, advance compensation and the fund ledger come with
 * the compensation issue.
 */
package bank.bonafide.compensation.assessment;
