-- A payout still waiting for approval close to its deadline is escalated to the compensation approvers, once.
ALTER TABLE compensation_payout ADD COLUMN escalated_at DATETIME(6);
