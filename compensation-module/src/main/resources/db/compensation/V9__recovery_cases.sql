-- After advance compensation: claims against the fraudster, the receiving bank or the insurer (CN-17, UK-01).
CREATE TABLE compensation_recovery_case (
    id                 CHAR(36)       NOT NULL PRIMARY KEY,
    reference          VARCHAR(32)    NOT NULL UNIQUE,
    payout_reference   VARCHAR(32)    NOT NULL,
    against_party      VARCHAR(16)    NOT NULL,
    counterparty       VARCHAR(200)   NOT NULL,
    claimed            DECIMAL(19, 2) NOT NULL,
    recovered          DECIMAL(19, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    opened_by          VARCHAR(64)    NOT NULL,
    opened_at          DATETIME(6)    NOT NULL,
    closed_at          DATETIME(6),
    closing_note       VARCHAR(1000),
    version            BIGINT         NOT NULL
);
CREATE INDEX compensation_recovery_payout ON compensation_recovery_case (payout_reference);
