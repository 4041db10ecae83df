-- Rule-pack versions loaded by an ADMIN at run time (the shipped packs live in rulepacks/ in the jar).
-- Append-only: a loaded version is never changed or deleted; a newer version supersedes it from its
-- effectiveFrom, which may not lie in the past.
CREATE TABLE platform_rule_pack (
    pack_id        VARCHAR(32)  NOT NULL,
    version        INT          NOT NULL,
    jurisdiction   VARCHAR(8)   NOT NULL,
    effective_from DATE         NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content        LONGTEXT     NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    loaded_by      VARCHAR(64)  NOT NULL,
    loaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (pack_id, version)
);
