-- Compliance reports as filed: the exact bytes handed to the regulator, their hashes, and a chain over every
-- filing so that changing or removing one breaks every seal after it. The application only ever inserts here;
-- in the field the database account should hold INSERT and SELECT on this table and nothing more.
CREATE TABLE reporting_filed_report (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    position        BIGINT       NOT NULL,
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    filed_by        VARCHAR(64)  NOT NULL,
    filed_at        DATETIME(6)  NOT NULL,
    generated_at    DATETIME(6)  NOT NULL,
    pdf             LONGBLOB     NOT NULL,
    csv             LONGBLOB     NOT NULL,
    pdf_sha256      CHAR(64)     NOT NULL,
    csv_sha256      CHAR(64)     NOT NULL,
    previous_seal   CHAR(64),
    seal            CHAR(64)     NOT NULL,
    CONSTRAINT reporting_filed_report_position UNIQUE (position)
);
