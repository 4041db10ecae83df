-- Legal hold (CN-09): a face behind a disputed decision is evidence and outlives retention and withdrawal
-- until the dispute is closed. The vault only knows "held"; the capture knows for which complaint.
ALTER TABLE identity_biometric_capture ADD COLUMN decision_id CHAR(36);
ALTER TABLE identity_biometric_capture ADD COLUMN held_for_complaint CHAR(36);
CREATE INDEX identity_biometric_capture_decision ON identity_biometric_capture (decision_id);
ALTER TABLE identity_vault_record ADD COLUMN held BOOLEAN NOT NULL DEFAULT FALSE;
