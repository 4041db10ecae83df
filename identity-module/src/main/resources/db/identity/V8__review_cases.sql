-- Decisions waiting for people (REVIEW outcomes), with the four-eyes trail. ID number and phone only masked.
CREATE TABLE identity_review_case (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    decision_id       CHAR(36)      NOT NULL,
    customer_id       VARCHAR(32)   NOT NULL,
    subject_reference VARCHAR(64)   NOT NULL,
    purpose           VARCHAR(32)   NOT NULL,
    masked_name       VARCHAR(100),
    masked_id_number  VARCHAR(40),
    masked_phone      VARCHAR(40),
    to_check          VARCHAR(2000) NOT NULL,
    opened_at         DATETIME(6)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    proposed_verdict  VARCHAR(16),
    proposed_by       VARCHAR(64),
    proposal_reason   VARCHAR(1000),
    proposed_at       DATETIME(6),
    checked_by        VARCHAR(64),
    checked_at        DATETIME(6),
    final_decision_id CHAR(36),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT identity_review_case_decision UNIQUE (decision_id)
);
CREATE INDEX identity_review_case_status ON identity_review_case (status, opened_at);
