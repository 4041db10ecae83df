-- Every staff read of lending's personal data, with who, what, whose and why (CN-12, CN-13).
CREATE TABLE lending_staff_read (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    read_by      VARCHAR(64)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    customer_id  VARCHAR(32),
    purpose      VARCHAR(200) NOT NULL,
    read_at      DATETIME(6)  NOT NULL
);
CREATE INDEX lending_staff_read_by ON lending_staff_read (read_by, read_at);
