-- Audit seals (bank.bonafide.platform.seal): each row gets its place in its table's chain, the seal before it and its
-- own seal a few seconds after it is written; the unique position keeps one chain even with two servers sealing.
ALTER TABLE lending_loan_history ADD COLUMN seal_position BIGINT NULL;
ALTER TABLE lending_loan_history ADD COLUMN previous_seal CHAR(64) NULL;
ALTER TABLE lending_loan_history ADD COLUMN seal CHAR(64) NULL;
CREATE UNIQUE INDEX ux_lending_loan_history_seal ON lending_loan_history (seal_position);
ALTER TABLE lending_staff_read ADD COLUMN seal_position BIGINT NULL;
ALTER TABLE lending_staff_read ADD COLUMN previous_seal CHAR(64) NULL;
ALTER TABLE lending_staff_read ADD COLUMN seal CHAR(64) NULL;
CREATE UNIQUE INDEX ux_lending_staff_read_seal ON lending_staff_read (seal_position);
