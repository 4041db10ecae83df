-- The rule pack (id, version) each complaint clock was computed from.
ALTER TABLE complaints_complaint ADD COLUMN clock_pack_id VARCHAR(32);
ALTER TABLE complaints_complaint ADD COLUMN clock_pack_version INT;
