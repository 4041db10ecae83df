-- Handling: the internal service clock (pausable), extensions of the regulatory clock, the outcome at closure.
ALTER TABLE complaints_complaint ADD COLUMN sla_target_at DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN sla_paused_since DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN sla_paused_seconds BIGINT NOT NULL DEFAULT 0;
ALTER TABLE complaints_complaint ADD COLUMN clock_extension_level INT NOT NULL DEFAULT 0;
ALTER TABLE complaints_complaint ADD COLUMN outcome VARCHAR(32);
ALTER TABLE complaints_complaint ADD COLUMN root_cause VARCHAR(64);
ALTER TABLE complaints_complaint ADD COLUMN closed_at DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN timely BOOLEAN;
-- Complaints already open get the bank's 10-day service target from their receipt (Complaint.SERVICE_TARGET).
UPDATE complaints_complaint SET sla_target_at = received_at + INTERVAL '10' DAY WHERE sla_target_at IS NULL;

-- An extension asked for by one member of staff and decided by another of higher rank (CN-14).
CREATE TABLE complaints_extension_request (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    complaint_id    CHAR(36)      NOT NULL,
    level           INT           NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requester_rank  INT           NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      DATETIME(6),
    version         BIGINT        NOT NULL
);
CREATE INDEX complaints_extension_request_complaint ON complaints_extension_request (complaint_id);
