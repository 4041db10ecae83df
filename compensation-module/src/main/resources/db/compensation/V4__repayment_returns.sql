-- A fraud victim's own repayments on a loan written off to the bank: owed back to her.
CREATE TABLE compensation_repayment_return (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    complaint_id   CHAR(36)      NOT NULL,
    customer_id    VARCHAR(32)   NOT NULL,
    loan_reference VARCHAR(32)   NOT NULL,
    amount         DECIMAL(19,4) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    owed_since     DATETIME(6)   NOT NULL,
    status         VARCHAR(16)   NOT NULL
);
CREATE INDEX compensation_repayment_return_customer ON compensation_repayment_return (customer_id);
