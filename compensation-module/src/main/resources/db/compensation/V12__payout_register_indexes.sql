-- The payout register's staff table pages, sorts and filters in the database (PayoutRegister); each sort column
-- and the customer filter has an index so that a page stays one index range however many payouts there are.
-- Reference (unique) and status (with deadline) are indexed already.
CREATE INDEX compensation_payout_proposed ON compensation_payout (proposed_at);
CREATE INDEX compensation_payout_paid ON compensation_payout (paid_at);
CREATE INDEX compensation_payout_customer ON compensation_payout (customer_id, proposed_at);
