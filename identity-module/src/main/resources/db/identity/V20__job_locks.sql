-- Vault re-wrapping after a key rotation and biometric retention run on one server at a time (platform JobLock).
INSERT INTO platform_job_lock (job) VALUES ('identity.vault-rewrap');
INSERT INTO platform_job_lock (job) VALUES ('identity.biometric-retention');
