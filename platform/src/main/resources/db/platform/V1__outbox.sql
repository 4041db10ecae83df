-- Transactional outbox shared by all contexts; rows are written in the publisher's transaction.
CREATE TABLE platform_outbox_event (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    publisher       VARCHAR(32)   NOT NULL,
    event_type      VARCHAR(255)  NOT NULL,
    payload         LONGTEXT      NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    delivered_at    DATETIME(6)
);
-- The relay asks "undelivered rows of my context that are due": this index answers it without a scan.
CREATE INDEX platform_outbox_due ON platform_outbox_event (publisher, delivered_at, next_attempt_at);

-- One row per (event, observer) that has succeeded, committed with the observer's effect.
CREATE TABLE platform_outbox_delivery (
    event_id     CHAR(36)     NOT NULL,
    subscriber   VARCHAR(255) NOT NULL,
    delivered_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id, subscriber)
);
