-- The review table filters by customer in the database (ReviewQueue.waiting(ReviewSearch, ...)); the default order
-- (status, opened_at) is indexed since V8.
CREATE INDEX identity_review_case_customer ON identity_review_case (customer_id, opened_at);
-- A person's own export requests on their home page (EvidenceExports.exportsAskedBy).
CREATE INDEX identity_export_approval_asker ON identity_export_approval (requested_by, requested_at);
