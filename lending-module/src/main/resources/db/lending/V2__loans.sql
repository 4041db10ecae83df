CREATE TABLE lending_loan (
    id                   CHAR(36)      NOT NULL PRIMARY KEY,
    reference            VARCHAR(32)   NOT NULL,
    customer_id          VARCHAR(32)   NOT NULL,
    account_reference    VARCHAR(32)   NOT NULL,
    principal_amount     DECIMAL(19,2) NOT NULL,
    principal_currency   CHAR(3)       NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    collection_status    VARCHAR(16)   NOT NULL,
    frozen_at            DATETIME(6),
    frozen_for_complaint CHAR(36),
    version              BIGINT        NOT NULL,
    CONSTRAINT lending_loan_reference UNIQUE (reference)
);
CREATE INDEX lending_loan_customer ON lending_loan (customer_id);
