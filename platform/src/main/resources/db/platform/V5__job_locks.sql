-- Periodic jobs (sweeps, escalations, retention, the overdue run) run on every server sharing the database (issue 10,
-- R8). Each job has one row here, inserted by its module's migration; a run holds the row's lock for its transaction
-- (FOR UPDATE SKIP LOCKED), so a second server arriving meanwhile skips that run instead of doing the same work twice.
CREATE TABLE platform_job_lock (
    job VARCHAR(64) NOT NULL PRIMARY KEY
);
