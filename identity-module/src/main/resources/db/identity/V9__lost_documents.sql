-- Documents reported lost to the bank: the number only as a digest (lookup) and masked (people).
CREATE TABLE identity_lost_document (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    document_digest CHAR(64)    NOT NULL,
    masked_document VARCHAR(40) NOT NULL,
    customer_id     VARCHAR(32) NOT NULL,
    reported_at     DATETIME(6) NOT NULL,
    reported_via    VARCHAR(64) NOT NULL
);
CREATE INDEX identity_lost_document_digest ON identity_lost_document (document_digest);
CREATE INDEX identity_lost_document_customer ON identity_lost_document (customer_id, reported_at);
