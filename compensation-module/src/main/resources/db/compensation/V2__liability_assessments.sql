CREATE TABLE compensation_liability_assessment (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    complaint_id          CHAR(36)     NOT NULL,
    customer_id           VARCHAR(32)  NOT NULL,
    disputed_reference    VARCHAR(64)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    opened_at             DATETIME(6)  NOT NULL,
    identity_record_found BOOLEAN,
    identity_outcome      VARCHAR(16),
    evidence_package_id   VARCHAR(64),
    identity_checks       VARCHAR(500),
    evidence_received_at  DATETIME(6),
    version               BIGINT       NOT NULL,
    CONSTRAINT compensation_assessment_complaint UNIQUE (complaint_id)
);
