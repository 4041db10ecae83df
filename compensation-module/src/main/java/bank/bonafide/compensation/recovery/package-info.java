/**
 * Recovery after advance compensation: claims against the fraudster, the receiving bank or the insurer, and
 * what comes back, booked to the risk-provision fund.
 */
package bank.bonafide.compensation.recovery;
