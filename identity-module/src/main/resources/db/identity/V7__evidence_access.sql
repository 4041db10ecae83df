-- Every export of an evidence package (JSON or PDF): who, why, when (CN-12: staff reads are logged).
CREATE TABLE identity_evidence_access (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    package_id  CHAR(36)     NOT NULL,
    accessed_by VARCHAR(64)  NOT NULL,
    purpose     VARCHAR(200) NOT NULL,
    format      VARCHAR(8)   NOT NULL,
    accessed_at DATETIME(6)  NOT NULL
);
CREATE INDEX identity_evidence_access_package ON identity_evidence_access (package_id, accessed_at);
CREATE INDEX identity_evidence_access_staff ON identity_evidence_access (accessed_by, accessed_at);
