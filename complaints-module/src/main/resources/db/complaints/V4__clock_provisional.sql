-- True when the rule pack lacked a year's official holiday schedule and the deadline is the earliest
-- the true one can be (see Deadline.provisional).
ALTER TABLE complaints_complaint ADD COLUMN clock_provisional BOOLEAN NOT NULL DEFAULT FALSE;
