-- An export of an evidence package (personal data) leaves the bank only when a second person approved it: the
-- request, the decision and the one collection are kept here; the export itself is still logged in
-- identity_evidence_access.
CREATE TABLE identity_export_approval (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    decision_id   CHAR(36)     NOT NULL,
    format        VARCHAR(8)   NOT NULL,
    purpose       VARCHAR(200) NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  DATETIME(6)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    DATETIME(6),
    collected_at  DATETIME(6),
    version       BIGINT       NOT NULL
);
CREATE INDEX identity_export_approval_status ON identity_export_approval (status, requested_at);
