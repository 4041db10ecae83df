-- The fraud playbook of a dispute: police report, freezes, evidence to preserve before it is overwritten, blocked logins.
CREATE TABLE compensation_fraud_case (
    id                       CHAR(36)      NOT NULL PRIMARY KEY,
    reference                VARCHAR(32)   NOT NULL UNIQUE,
    complaint_id             CHAR(36)      NOT NULL UNIQUE,
    customer_id              VARCHAR(32)   NOT NULL,
    confirmed                BOOLEAN       NOT NULL,
    police_report_reference  VARCHAR(64),
    police_station           VARCHAR(200),
    police_reported_at       DATETIME(6),
    frozen_references        VARCHAR(1000),
    frozen_at                DATETIME(6),
    blocked_logins           VARCHAR(500),
    status                   VARCHAR(16)   NOT NULL,
    opened_by                VARCHAR(64)   NOT NULL,
    opened_at                DATETIME(6)   NOT NULL,
    version                  BIGINT        NOT NULL
);
CREATE TABLE compensation_evidence_preservation (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    fraud_case_id   CHAR(36)      NOT NULL,
    item            VARCHAR(500)  NOT NULL,
    holder          VARCHAR(200)  NOT NULL,
    due_at          DATETIME(6)   NOT NULL,
    requested_by    VARCHAR(64)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    reminded_at     DATETIME(6),
    secured_at      DATETIME(6),
    secured_by      VARCHAR(64),
    kept_as         VARCHAR(500),
    version         BIGINT        NOT NULL,
    CONSTRAINT compensation_preservation_case FOREIGN KEY (fraud_case_id) REFERENCES compensation_fraud_case (id)
);
CREATE INDEX compensation_preservation_due ON compensation_evidence_preservation (secured_at, due_at);
