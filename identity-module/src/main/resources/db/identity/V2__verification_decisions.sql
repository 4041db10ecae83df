CREATE TABLE identity_verification_decision (
    id                  CHAR(36)     NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(32)  NOT NULL,
    subject_reference   VARCHAR(64)  NOT NULL,
    purpose             VARCHAR(32)  NOT NULL,
    channel             VARCHAR(32)  NOT NULL,
    outcome             VARCHAR(16)  NOT NULL,
    decided_at          DATETIME(6)  NOT NULL,
    evidence_package_id VARCHAR(64),
    checks_performed    VARCHAR(500) NOT NULL
);
CREATE INDEX identity_decision_subject ON identity_verification_decision (subject_reference, decided_at);
