/**
 * The risk-provision fund as a double-entry ledger: contributions, advance-compensation payouts, recoveries and
 * insurance claims, every journal balanced before it is written.
 */
package bank.bonafide.compensation.fund;
