-- One loss, one payout waiting for approval at a time (issue 10, R8): two members of staff proposing at once, on one
-- server or two, passed the boundary's check together and created two payouts for one loss. The column holds the
-- complaint's id while a payout for the loss itself (not a returned repayment) is proposed, and NULL otherwise; its
-- unique index lets the second of two concurrent proposals fail instead of commit.
ALTER TABLE compensation_payout ADD COLUMN open_for_complaint CHAR(36);
-- Existing waiting payouts hold their loss's place, the oldest of any duplicates only.
UPDATE compensation_payout SET open_for_complaint = complaint_id
WHERE status = 'PROPOSED' AND returns_repayment = FALSE
  AND id IN (SELECT first_id FROM (
        SELECT MIN(p.id) AS first_id FROM compensation_payout p
        WHERE p.status = 'PROPOSED' AND p.returns_repayment = FALSE
          AND p.proposed_at = (SELECT MIN(o.proposed_at) FROM compensation_payout o
                               WHERE o.complaint_id = p.complaint_id AND o.status = 'PROPOSED' AND o.returns_repayment = FALSE)
        GROUP BY p.complaint_id) firsts);
CREATE UNIQUE INDEX compensation_payout_one_open ON compensation_payout (open_for_complaint);
