-- Events this context has acted on (consumer idempotency, see ProcessedEvents).
CREATE TABLE compensation_processed_event (
    event_id     CHAR(36)     NOT NULL,
    consumer     VARCHAR(100) NOT NULL,
    processed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
