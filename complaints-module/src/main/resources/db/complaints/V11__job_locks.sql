-- The complaint clock sweep runs on one server at a time (platform JobLock).
INSERT INTO platform_job_lock (job) VALUES ('complaints.clock-breaches');
