-- Sealed evidence packages, one hash chain over all of them (see bank.bonafide.identity.evidence).
CREATE TABLE identity_evidence_package (
    chain_position BIGINT       NOT NULL PRIMARY KEY,
    id             CHAR(36)     NOT NULL,
    decision_id    CHAR(36)     NOT NULL,
    content        LONGTEXT     NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    previous_seal  CHAR(64)     NOT NULL,
    seal           CHAR(64)     NOT NULL,
    sealed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT identity_evidence_package_id UNIQUE (id)
);
CREATE INDEX identity_evidence_package_decision ON identity_evidence_package (decision_id);

CREATE TABLE identity_evidence_chain_head (
    id            INT      NOT NULL PRIMARY KEY,
    last_position BIGINT   NOT NULL,
    last_seal     CHAR(64) NOT NULL
);
INSERT INTO identity_evidence_chain_head (id, last_position, last_seal)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- A verification decision made by this system: why it was refused or sent to review, and its package.
ALTER TABLE identity_verification_decision ADD COLUMN reasons VARCHAR(2000);
