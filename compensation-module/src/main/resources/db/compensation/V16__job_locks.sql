-- The payout deadline and evidence-preservation sweeps run on one server at a time (platform JobLock).
INSERT INTO platform_job_lock (job) VALUES ('compensation.payout-deadlines');
INSERT INTO platform_job_lock (job) VALUES ('compensation.preservation-reminders');
