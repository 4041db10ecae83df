-- A repayment owed back is returned as an advance-compensation payout out of the risk-provision fund.
ALTER TABLE compensation_repayment_return ADD COLUMN payout_reference VARCHAR(32);
ALTER TABLE compensation_repayment_return ADD COLUMN returned_at DATETIME(6);
