-- The assessor's conclusion of a liability assessment, with the evidence it rests on (CN-18, EU-02), and the
-- advance-compensation clock that runs from the claim whether or not the assessment has concluded (CN-17, US-01).
ALTER TABLE compensation_liability_assessment ADD COLUMN assessor_finding VARCHAR(32);
ALTER TABLE compensation_liability_assessment ADD COLUMN third_party_fraud BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE compensation_liability_assessment ADD COLUMN cited_evidence VARCHAR(2000);
ALTER TABLE compensation_liability_assessment ADD COLUMN customer_fault_percent DECIMAL(5, 2);
ALTER TABLE compensation_liability_assessment ADD COLUMN concluded_by VARCHAR(64);
ALTER TABLE compensation_liability_assessment ADD COLUMN concluded_at DATETIME(6);
ALTER TABLE compensation_liability_assessment ADD COLUMN involved_staff VARCHAR(1000);
ALTER TABLE compensation_liability_assessment ADD COLUMN claimed_at DATETIME(6);
ALTER TABLE compensation_liability_assessment ADD COLUMN payout_due DATETIME(6);
ALTER TABLE compensation_liability_assessment ADD COLUMN payout_escalated_at DATETIME(6);
-- A payout made while the assessment had not concluded is provisional credit (US-01), and says so.
ALTER TABLE compensation_payout ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
-- Stop-the-clock (UK-01: up to 35 business days): the payout keeps its claim time and clock so the pack's extension
-- can be counted from the same trigger, and records who stopped the clock, why, and the deadline it replaced.
ALTER TABLE compensation_payout ADD COLUMN claimed_at DATETIME(6);
ALTER TABLE compensation_payout ADD COLUMN deadline_clock VARCHAR(40);
ALTER TABLE compensation_payout ADD COLUMN original_deadline DATETIME(6);
ALTER TABLE compensation_payout ADD COLUMN clock_stopped_by VARCHAR(64);
ALTER TABLE compensation_payout ADD COLUMN clock_stop_reason VARCHAR(1000);
