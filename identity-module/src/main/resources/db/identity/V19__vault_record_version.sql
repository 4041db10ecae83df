-- Optimistic locking on vault records (issue 10, R8): with two servers, a key rotation re-wrapping a record and a legal
-- hold placed on it at the same moment each wrote the whole row, and the later write undid the earlier.
ALTER TABLE identity_vault_record ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
