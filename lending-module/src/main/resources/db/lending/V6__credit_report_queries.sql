-- Every credit-report query the bank made, with the consent and application it served (CN-06).
CREATE TABLE lending_credit_query (
    id                CHAR(36)      NOT NULL PRIMARY KEY,
    application_id    CHAR(36)      NOT NULL,
    consent_id        CHAR(36)      NOT NULL,
    correlation_id    CHAR(36)      NOT NULL,
    asked_at          DATETIME(6)   NOT NULL,
    answered_at       DATETIME(6),
    answer            VARCHAR(2000) NOT NULL
);
CREATE INDEX lending_credit_query_app ON lending_credit_query (application_id);
