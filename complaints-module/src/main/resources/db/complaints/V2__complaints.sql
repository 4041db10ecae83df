CREATE TABLE complaints_complaint (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    reference          VARCHAR(32)   NOT NULL,
    customer_id        VARCHAR(32)   NOT NULL,
    category           VARCHAR(40)   NOT NULL,
    disputed_kind      VARCHAR(16)   NOT NULL,
    disputed_reference VARCHAR(64)   NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    status             VARCHAR(32)   NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    clock_rule         VARCHAR(16)   NOT NULL,
    clock_started_at   DATETIME(6)   NOT NULL,
    clock_deadline     DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT complaints_complaint_reference UNIQUE (reference)
);
CREATE INDEX complaints_complaint_customer ON complaints_complaint (customer_id, received_at);
CREATE INDEX complaints_complaint_open_deadline ON complaints_complaint (status, clock_deadline);

CREATE TABLE complaints_timeline_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    complaint_id   CHAR(36)     NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    kind           VARCHAR(64)  NOT NULL,
    previous_value VARCHAR(255),
    new_value      VARCHAR(255)
);
CREATE INDEX complaints_timeline_of_complaint ON complaints_timeline_entry (complaint_id, occurred_at);
