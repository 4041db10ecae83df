-- Requests to grant or withdraw a staff role. A privileged role (the role definition says which) waits for a second
-- administrator; the row keeps who asked, why, who decided and when, and is never deleted.
CREATE TABLE identity_role_grant (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    role_name     VARCHAR(64)  NOT NULL,
    change_kind   VARCHAR(8)   NOT NULL,
    privileged    BOOLEAN      NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    DATETIME(6),
    version       BIGINT       NOT NULL
);
CREATE INDEX identity_role_grant_status ON identity_role_grant (status, requested_at);
