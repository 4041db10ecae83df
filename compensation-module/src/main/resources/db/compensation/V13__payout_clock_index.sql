-- The advance-compensation sweep (LiabilityAssessments.escalateUnpaid) reads assessments not yet escalated whose payout
-- clock is within a day: an index range over what is due, not a scan of every assessment (issue 9).
CREATE INDEX compensation_assessment_payout_due ON compensation_liability_assessment (payout_escalated_at, payout_due);
