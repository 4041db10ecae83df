-- Customer identity records: the name, ID number and phone (C2, CN-11) are sealed with a per-record data key wrapped by the
-- vault's master keys; only their masks are kept in clear for screens.
CREATE TABLE identity_customer (
    customer_id       VARCHAR(32)     NOT NULL PRIMARY KEY,
    name_mask         VARCHAR(100)    NOT NULL,
    id_number_mask    VARCHAR(40)     NOT NULL,
    phone_mask        VARCHAR(32)     NOT NULL,
    master_key_id     INT             NOT NULL,
    wrapped_data_key  VARBINARY(1024) NOT NULL,
    sealed_contact    VARBINARY(1024) NOT NULL,
    enrolled_at       DATETIME(6)     NOT NULL,
    source            VARCHAR(64)     NOT NULL,
    version           BIGINT          NOT NULL
);
-- Every staff read of a customer record (CN-12): who, whose, which fields, why, under which case, when.
CREATE TABLE identity_staff_read (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    staff        VARCHAR(64)   NOT NULL,
    customer_id  VARCHAR(32)   NOT NULL,
    fields       VARCHAR(200)  NOT NULL,
    purpose      VARCHAR(300)  NOT NULL,
    case_link    VARCHAR(64),
    read_at      DATETIME(6)   NOT NULL
);
CREATE INDEX identity_staff_read_staff ON identity_staff_read (staff, read_at);
-- Bulk access (CN-13): an alert at the pack's threshold, a suspension above its limit; never edited.
CREATE TABLE identity_access_alert (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    staff        VARCHAR(64)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    records      INT           NOT NULL,
    threshold    INT           NOT NULL,
    window_start DATETIME(6)   NOT NULL,
    raised_at    DATETIME(6)   NOT NULL,
    source       VARCHAR(16)   NOT NULL,
    outcome      VARCHAR(200)  NOT NULL
);
CREATE INDEX identity_access_alert_staff ON identity_access_alert (staff, raised_at);
