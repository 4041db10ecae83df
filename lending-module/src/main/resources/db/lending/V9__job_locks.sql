-- The overdue run runs on one server at a time (platform JobLock).
INSERT INTO platform_job_lock (job) VALUES ('lending.overdue-run');
