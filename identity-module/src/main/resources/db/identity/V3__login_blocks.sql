CREATE TABLE identity_login_block (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    ordered_by     VARCHAR(64)  NOT NULL,
    blocked_at     DATETIME(6)  NOT NULL,
    sessions_ended INT          NOT NULL
);
CREATE INDEX identity_login_block_user ON identity_login_block (username, blocked_at);
