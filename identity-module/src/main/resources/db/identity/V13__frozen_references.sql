-- Accounts and other items the fraud playbook froze: nothing is verified for them while frozen.
CREATE TABLE identity_frozen_reference (
    reference             VARCHAR(64)   NOT NULL PRIMARY KEY,
    customer_id           VARCHAR(32)   NOT NULL,
    fraud_case_reference  VARCHAR(32)   NOT NULL,
    reason                VARCHAR(500)  NOT NULL,
    frozen_at             DATETIME(6)   NOT NULL
);
