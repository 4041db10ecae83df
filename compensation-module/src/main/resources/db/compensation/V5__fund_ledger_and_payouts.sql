-- The risk-provision fund's double-entry ledger (CN-17). Append-only; each journal balances per currency.
CREATE TABLE compensation_ledger_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    journal_id  CHAR(36)      NOT NULL,
    posted_at   DATETIME(6)   NOT NULL,
    posted_by   VARCHAR(64)   NOT NULL,
    account     VARCHAR(32)   NOT NULL,
    debit       DECIMAL(19, 2) NOT NULL,
    credit      DECIMAL(19, 2) NOT NULL,
    currency    CHAR(3)       NOT NULL,
    memo        VARCHAR(255)  NOT NULL,
    reference   VARCHAR(64)   NOT NULL
);
CREATE INDEX compensation_ledger_account ON compensation_ledger_entry (account, currency);
CREATE INDEX compensation_ledger_reference ON compensation_ledger_entry (reference);

-- Advance compensation: proposed by one member of staff, approved by another (two above the threshold).
CREATE TABLE compensation_payout (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    reference           VARCHAR(32)   NOT NULL UNIQUE,
    complaint_id        CHAR(36)      NOT NULL,
    customer_id         VARCHAR(32)   NOT NULL,
    amount              DECIMAL(19, 2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    customer_bears      DECIMAL(19, 2) NOT NULL,
    returns_repayment   BOOLEAN       NOT NULL,
    reasons             VARCHAR(2000) NOT NULL,
    deadline            DATETIME(6)   NOT NULL,
    deadline_rule       VARCHAR(16)   NOT NULL,
    rule_pack_id        VARCHAR(32)   NOT NULL,
    rule_pack_version   INT           NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    proposed_by         VARCHAR(64)   NOT NULL,
    proposed_at         DATETIME(6)   NOT NULL,
    approved_by         VARCHAR(64),
    approved_at         DATETIME(6),
    second_approved_by  VARCHAR(64),
    second_approved_at  DATETIME(6),
    rejected_by         VARCHAR(64),
    rejection_reason    VARCHAR(1000),
    paid_at             DATETIME(6),
    timely              BOOLEAN,
    version             BIGINT        NOT NULL
);
CREATE INDEX compensation_payout_complaint ON compensation_payout (complaint_id);
CREATE INDEX compensation_payout_status ON compensation_payout (status, deadline);
