-- Audit seals (bank.bonafide.platform.seal): each row gets its place in its table's chain, the seal before it and its
-- own seal a few seconds after it is written; the unique position keeps one chain even with two servers sealing.
ALTER TABLE identity_staff_read ADD COLUMN seal_position BIGINT NULL;
ALTER TABLE identity_staff_read ADD COLUMN previous_seal CHAR(64) NULL;
ALTER TABLE identity_staff_read ADD COLUMN seal CHAR(64) NULL;
CREATE UNIQUE INDEX ux_identity_staff_read_seal ON identity_staff_read (seal_position);
ALTER TABLE identity_evidence_access ADD COLUMN seal_position BIGINT NULL;
ALTER TABLE identity_evidence_access ADD COLUMN previous_seal CHAR(64) NULL;
ALTER TABLE identity_evidence_access ADD COLUMN seal CHAR(64) NULL;
CREATE UNIQUE INDEX ux_identity_evidence_access_seal ON identity_evidence_access (seal_position);
