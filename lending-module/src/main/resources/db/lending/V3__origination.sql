-- Loan products, applications with their eligibility checks, credit-report consent, signing codes bound to
-- the terms, and what lending knows of account openings (from identity's decisions).
CREATE TABLE lending_product (
    code                 VARCHAR(32)   NOT NULL PRIMARY KEY,
    name                 VARCHAR(100)  NOT NULL,
    currency             CHAR(3)       NOT NULL,
    min_amount           DECIMAL(19,4) NOT NULL,
    max_amount           DECIMAL(19,4) NOT NULL,
    min_term_months      INT           NOT NULL,
    max_term_months      INT           NOT NULL,
    annual_rate          DECIMAL(9,6)  NOT NULL,
    repayment_method     VARCHAR(16)   NOT NULL,
    rounding_scale       INT           NOT NULL,
    rounding_mode        VARCHAR(16)   NOT NULL,
    late_fee_daily_rate  DECIMAL(9,6)  NOT NULL,
    late_fee_grace_days  INT           NOT NULL,
    active               BOOLEAN       NOT NULL,
    updated_by           VARCHAR(64)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL
);

CREATE TABLE lending_account_opening (
    decision_id          CHAR(36)      NOT NULL PRIMARY KEY,
    customer_id          VARCHAR(32)   NOT NULL,
    account_reference    VARCHAR(64)   NOT NULL,
    channel              VARCHAR(32),
    outcome              VARCHAR(16)   NOT NULL,
    acted_at             DATETIME(6)   NOT NULL,
    evidence_package_id  CHAR(36),
    reasons              VARCHAR(2000)
);
CREATE INDEX lending_account_opening_account ON lending_account_opening (account_reference, customer_id);

CREATE TABLE lending_application (
    id                          CHAR(36)      NOT NULL PRIMARY KEY,
    reference                   VARCHAR(32)   NOT NULL,
    customer_id                 VARCHAR(32)   NOT NULL,
    account_reference           VARCHAR(64)   NOT NULL,
    product_code                VARCHAR(32)   NOT NULL,
    principal_amount            DECIMAL(19,4) NOT NULL,
    currency                    CHAR(3)       NOT NULL,
    term_months                 INT           NOT NULL,
    annual_rate                 DECIMAL(9,6)  NOT NULL,
    repayment_method            VARCHAR(16)   NOT NULL,
    rounding_scale              INT           NOT NULL,
    rounding_mode               VARCHAR(16)   NOT NULL,
    first_due_date              DATE          NOT NULL,
    terms_hash                  CHAR(64)      NOT NULL,
    status                      VARCHAR(24)   NOT NULL,
    channel                     VARCHAR(32)   NOT NULL,
    submitted_by                VARCHAR(64)   NOT NULL,
    occurred_at                 DATETIME(6)   NOT NULL,
    rule_pack_id                VARCHAR(32)   NOT NULL,
    rule_pack_version           INT           NOT NULL,
    reasons                     VARCHAR(2000),
    confirmed_terms_hash        CHAR(64),
    confirmed_at                DATETIME(6),
    step_up_decision_id         CHAR(36),
    step_up_outcome             VARCHAR(16),
    step_up_evidence_package_id CHAR(36),
    loan_reference              VARCHAR(32),
    version                     BIGINT        NOT NULL,
    CONSTRAINT lending_application_reference UNIQUE (reference)
);
CREATE INDEX lending_application_customer ON lending_application (customer_id);
CREATE INDEX lending_application_status ON lending_application (status);

-- Every check's result is kept, including the identity step-up when it arrives.
CREATE TABLE lending_application_check (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    application_id CHAR(36)      NOT NULL,
    name           VARCHAR(40)   NOT NULL,
    result         VARCHAR(16)   NOT NULL,
    detail         VARCHAR(1000) NOT NULL,
    rule           VARCHAR(16),
    checked_at     DATETIME(6)   NOT NULL
);
CREATE INDEX lending_application_check_app ON lending_application_check (application_id);

-- CN-06: a credit-report query needs the customer's consent for this application, nothing broader.
CREATE TABLE lending_credit_consent (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    application_id CHAR(36)     NOT NULL,
    customer_id    VARCHAR(32)  NOT NULL,
    notice_sha256  CHAR(64)     NOT NULL,
    given_at       DATETIME(6)  NOT NULL,
    given_via      VARCHAR(100) NOT NULL,
    CONSTRAINT lending_credit_consent_app UNIQUE (application_id)
);

-- A code is stored only as a digest over the application, the terms hash and the code itself.
CREATE TABLE lending_signing_code (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    application_id CHAR(36)     NOT NULL,
    code_digest    CHAR(64)     NOT NULL,
    terms_hash     CHAR(64)     NOT NULL,
    sent_to        VARCHAR(32)  NOT NULL,
    phone_digest   CHAR(64)     NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    attempts       INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX lending_signing_code_app ON lending_signing_code (application_id);
