-- Audit seals (bank.bonafide.platform.seal): each row gets its place in its table's chain, the seal before it and its
-- own seal a few seconds after it is written; the unique position keeps one chain even with two servers sealing.
ALTER TABLE complaints_timeline_entry ADD COLUMN seal_position BIGINT NULL;
ALTER TABLE complaints_timeline_entry ADD COLUMN previous_seal CHAR(64) NULL;
ALTER TABLE complaints_timeline_entry ADD COLUMN seal CHAR(64) NULL;
CREATE UNIQUE INDEX ux_complaints_timeline_entry_seal ON complaints_timeline_entry (seal_position);
