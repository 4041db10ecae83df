-- The compliance officer's period report counts in the database (ComplaintQueries.periodFigures), so each of its
-- queries reads one index range of the period and no table row: complaints received per category, and closed cases
-- per clock with their handling time (benchmarks P3: one month of a million complaints).
CREATE INDEX complaints_complaint_received ON complaints_complaint (received_at, category);
CREATE INDEX complaints_complaint_closed ON complaints_complaint (closed_at, clock_pack_id, clock_name, timely, received_at);
