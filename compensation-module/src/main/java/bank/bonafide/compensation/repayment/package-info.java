/**
 * What a fraud victim repaid on a loan written off to the bank is owed back to her. This component records
 * the debt the moment lending announces the write-off; paying it out (within the pack's advance-compensation
 * deadline, from the risk-provision fund) belongs to advance compensation.
 */
package bank.bonafide.compensation.repayment;
