-- Two or more servers on one database relay the same outbox (issue 10, R8). A relay claims a batch for a short lease
-- (SELECT ... FOR UPDATE SKIP LOCKED, then these two columns) so that the others take different events; claimed_by
-- stays on a delivered event and says which server delivered it.
ALTER TABLE platform_outbox_event ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE platform_outbox_event ADD COLUMN claimed_until DATETIME(6);
