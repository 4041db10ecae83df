package bank.bonafide.compensation.fund.control;

/** The accounts of the risk-provision fund's ledger (CN-17 "risk-provision funds"). */
public enum FundAccount {
    /** The money set aside to pay customers first; debit-normal (what the fund holds). */
    RISK_PROVISION_FUND,
    /** What the bank has put into the fund; credit-normal. */
    BANK_CONTRIBUTIONS,
    /** What the fund has paid out for losses it could not show were the customer's; debit-normal. */
    COMPENSATION_LOSSES,
    /** Claims on an insurer not yet paid; debit-normal. */
    INSURANCE_RECEIVABLE
}
