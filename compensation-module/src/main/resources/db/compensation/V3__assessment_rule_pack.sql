-- The rule pack (id, version) an assessment is judged by; set when the assessment decides.
ALTER TABLE compensation_liability_assessment ADD COLUMN rule_pack_id VARCHAR(32);
ALTER TABLE compensation_liability_assessment ADD COLUMN rule_pack_version INT;
