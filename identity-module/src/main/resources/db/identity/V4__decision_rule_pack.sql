-- The rule pack (id, version) a verification decision applied; null for decisions recorded before packs.
ALTER TABLE identity_verification_decision ADD COLUMN rule_pack_id VARCHAR(32);
ALTER TABLE identity_verification_decision ADD COLUMN rule_pack_version INT;
