-- The review table filters by customer in the database (ReviewQueue.waiting(ReviewSearch, ...)); the default order
-- (status, opened_at) is indexed since V8.
CREATE INDEX identity_review_case_customer ON identity_review_case (customer_id, opened_at);
