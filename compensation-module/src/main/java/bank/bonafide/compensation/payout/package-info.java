/**
 * Advance compensation (先行赔付): how much the bank pays for a loss it cannot prove was the customer's doing,
 * by when, and the payout itself, approved by someone other than its maker.
 */
package bank.bonafide.compensation.payout;
