-- Ownership, channel, assignment, decision and breach escalation (CN-14, CN-15).
ALTER TABLE complaints_complaint ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'PORTAL';
ALTER TABLE complaints_complaint ADD COLUMN owner_department VARCHAR(128);
ALTER TABLE complaints_complaint ADD COLUMN owner_person VARCHAR(128);
ALTER TABLE complaints_complaint ADD COLUMN assigned_to VARCHAR(64);
ALTER TABLE complaints_complaint ADD COLUMN assigned_at DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN decision_reasons VARCHAR(2000);
ALTER TABLE complaints_complaint ADD COLUMN relief_amount DECIMAL(19, 2);
ALTER TABLE complaints_complaint ADD COLUMN relief_currency CHAR(3);
ALTER TABLE complaints_complaint ADD COLUMN relief_due DATE;
ALTER TABLE complaints_complaint ADD COLUMN decided_at DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE complaints_complaint ADD COLUMN breach_escalated_at DATETIME(6);
ALTER TABLE complaints_complaint ADD COLUMN service_breach_at DATETIME(6);
-- The pack's name of the clock, so that an extension finds it under any jurisdiction; until now only CN's.
ALTER TABLE complaints_complaint ADD COLUMN clock_name VARCHAR(40) NOT NULL DEFAULT 'complaintDecision';
CREATE INDEX complaints_complaint_assigned ON complaints_complaint (assigned_to, status);

-- Files a customer sends (police report, ID loss report). Kept in the database, never under the web root;
-- the type is what the bytes are, not what the browser claimed.
CREATE TABLE complaints_attachment (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    complaint_id  CHAR(36)     NOT NULL,
    file_name     VARCHAR(120) NOT NULL,
    media_type    VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    content       LONGBLOB     NOT NULL
);
CREATE INDEX complaints_attachment_complaint ON complaints_attachment (complaint_id);

-- Messages between the customer and the bank about one complaint; append-only.
-- The id orders messages sent within one second (MariaDB through Connector/J keeps times to the second).
CREATE TABLE complaints_message (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id   CHAR(36)      NOT NULL,
    sent_at        DATETIME(6)   NOT NULL,
    from_customer  BOOLEAN       NOT NULL,
    author         VARCHAR(64)   NOT NULL,
    body           VARCHAR(2000) NOT NULL
);
CREATE INDEX complaints_message_complaint ON complaints_message (complaint_id, sent_at);

-- What identity disclosed about the disputed decision: what was checked, what is missing, who was involved.
CREATE TABLE complaints_disputed_evidence (
    complaint_id         CHAR(36)      NOT NULL PRIMARY KEY,
    disclosed_at         DATETIME(6)   NOT NULL,
    record_found         BOOLEAN       NOT NULL,
    outcome              VARCHAR(32)   NOT NULL,
    evidence_package_id  VARCHAR(64),
    decided_at           DATETIME(6),
    evidence_intact      BOOLEAN       NOT NULL,
    checks_performed     VARCHAR(1000) NOT NULL,
    checks_missing       VARCHAR(1000) NOT NULL,
    reasons              VARCHAR(2000) NOT NULL,
    involved_staff       VARCHAR(1000) NOT NULL
);
