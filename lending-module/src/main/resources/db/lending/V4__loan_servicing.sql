-- Loans originated here carry their terms, schedule, repayments and history; loans taken over from before
-- (the demo's L-2001) have no terms columns.
ALTER TABLE lending_loan ADD COLUMN application_id CHAR(36);
ALTER TABLE lending_loan ADD COLUMN product_code VARCHAR(32);
ALTER TABLE lending_loan ADD COLUMN term_months INT;
ALTER TABLE lending_loan ADD COLUMN annual_rate DECIMAL(9,6);
ALTER TABLE lending_loan ADD COLUMN repayment_method VARCHAR(16);
ALTER TABLE lending_loan ADD COLUMN rounding_scale INT;
ALTER TABLE lending_loan ADD COLUMN rounding_mode VARCHAR(16);
ALTER TABLE lending_loan ADD COLUMN first_due_date DATE;
ALTER TABLE lending_loan ADD COLUMN late_fee_daily_rate DECIMAL(9,6);
ALTER TABLE lending_loan ADD COLUMN late_fee_grace_days INT;
ALTER TABLE lending_loan ADD COLUMN terms_hash CHAR(64);
ALTER TABLE lending_loan ADD COLUMN step_up_evidence_package_id CHAR(36);
ALTER TABLE lending_loan ADD COLUMN disbursed_at DATETIME(6);
ALTER TABLE lending_loan ADD COLUMN written_off_at DATETIME(6);

CREATE TABLE lending_instalment (
    id                  CHAR(36)      NOT NULL PRIMARY KEY,
    loan_id             CHAR(36)      NOT NULL,
    number              INT           NOT NULL,
    due_date            DATE          NOT NULL,
    principal           DECIMAL(19,4) NOT NULL,
    interest            DECIMAL(19,4) NOT NULL,
    paid_principal      DECIMAL(19,4) NOT NULL,
    paid_interest       DECIMAL(19,4) NOT NULL,
    late_fee            DECIMAL(19,4) NOT NULL,
    paid_late_fee       DECIMAL(19,4) NOT NULL,
    fee_accrued_through DATE,
    status              VARCHAR(16)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT lending_instalment_number UNIQUE (loan_id, number)
);

CREATE TABLE lending_repayment (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    loan_id       CHAR(36)      NOT NULL,
    received_at   DATETIME(6)   NOT NULL,
    amount        DECIMAL(19,4) NOT NULL,
    currency      CHAR(3)       NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    received_via  VARCHAR(100)  NOT NULL
);
CREATE INDEX lending_repayment_loan ON lending_repayment (loan_id);

-- The loan's history as staff read it: append-only, one line per thing that happened.
CREATE TABLE lending_loan_history (
    id       CHAR(36)      NOT NULL PRIMARY KEY,
    loan_id  CHAR(36)      NOT NULL,
    at       DATETIME(6)   NOT NULL,
    actor    VARCHAR(64)   NOT NULL,
    entry    VARCHAR(1000) NOT NULL
);
CREATE INDEX lending_loan_history_loan ON lending_loan_history (loan_id, at);

-- What the bank tells the credit bureau: one line per overdue loan per run, never while frozen.
CREATE TABLE lending_credit_report_line (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    loan_id        CHAR(36)    NOT NULL,
    as_of          DATE        NOT NULL,
    days_past_due  INT         NOT NULL,
    status         VARCHAR(16) NOT NULL,
    CONSTRAINT lending_credit_report_line_day UNIQUE (loan_id, as_of)
);
