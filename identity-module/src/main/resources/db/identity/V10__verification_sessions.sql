-- Verification sessions: opened by a channel for one purpose, factors submitted as they happen, one decision.
CREATE TABLE identity_verification_session (
    id                       CHAR(36)    NOT NULL PRIMARY KEY,
    purpose                  VARCHAR(32) NOT NULL,
    channel                  VARCHAR(32) NOT NULL,
    terminal_id              VARCHAR(64),
    customer_id              VARCHAR(32) NOT NULL,
    subject_reference        VARCHAR(64) NOT NULL,
    opened_by                VARCHAR(64) NOT NULL,
    opened_at                DATETIME(6) NOT NULL,
    expires_at               DATETIME(6) NOT NULL,
    status                   VARCHAR(16) NOT NULL,
    one_time_code_matched    BOOLEAN,
    payment_password_matched BOOLEAN,
    counter_officer_id       VARCHAR(64),
    decision_id              CHAR(36)
);
CREATE INDEX identity_verification_session_opened ON identity_verification_session (opened_by, opened_at);
