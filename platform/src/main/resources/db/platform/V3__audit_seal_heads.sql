-- The end of each sealed table's chain (bank.bonafide.platform.seal): last position and seal, and a seal over both so
-- that records cut from the end cannot be hidden by lowering the head.
CREATE TABLE platform_seal_head (
  table_name VARCHAR(64) NOT NULL PRIMARY KEY,
  last_position BIGINT NOT NULL,
  last_seal CHAR(64) NOT NULL,
  head_seal CHAR(64) NOT NULL
);
