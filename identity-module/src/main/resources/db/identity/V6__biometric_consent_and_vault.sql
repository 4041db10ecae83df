-- Separate biometric consent (CN-07): kept after withdrawal as proof of what was agreed and when.
CREATE TABLE identity_biometric_consent (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(32)  NOT NULL,
    consent_type      VARCHAR(16)  NOT NULL,
    purpose           VARCHAR(500) NOT NULL,
    retention_days    INT          NOT NULL,
    notice_sha256     CHAR(64)     NOT NULL,
    rule_pack_id      VARCHAR(32)  NOT NULL,
    rule_pack_version INT          NOT NULL,
    given_via         VARCHAR(64)  NOT NULL,
    given_at          DATETIME(6)  NOT NULL,
    withdrawn_via     VARCHAR(64),
    withdrawn_at      DATETIME(6)
);
CREATE INDEX identity_biometric_consent_customer ON identity_biometric_consent (customer_id, withdrawn_at);

-- The only link from a consent (and so a customer) to a vault record; stays after the purge.
CREATE TABLE identity_biometric_capture (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    consent_id      CHAR(36)    NOT NULL,
    vault_reference CHAR(36)    NOT NULL,
    image_sha256    CHAR(64)    NOT NULL,
    captured_at     DATETIME(6) NOT NULL,
    purge_after     DATETIME(6) NOT NULL,
    purged_at       DATETIME(6),
    purge_reason    VARCHAR(64)
);
CREATE INDEX identity_biometric_capture_consent ON identity_biometric_capture (consent_id);
CREATE INDEX identity_biometric_capture_reference ON identity_biometric_capture (vault_reference);

-- The biometric vault (CN-10): encrypted face data and nothing that says whose it is.
CREATE TABLE identity_vault_record (
    reference        CHAR(36)        NOT NULL PRIMARY KEY,
    kind             VARCHAR(16)     NOT NULL,
    master_key_id    INT             NOT NULL,
    wrapped_data_key VARBINARY(1024) NOT NULL,
    ciphertext       LONGBLOB        NOT NULL,
    stored_at        DATETIME(6)     NOT NULL,
    purge_after      DATETIME(6)     NOT NULL
);
CREATE INDEX identity_vault_record_purge ON identity_vault_record (purge_after);
CREATE INDEX identity_vault_record_key ON identity_vault_record (master_key_id);
