-- The clock sweep (BreachEscalation, every ten minutes) asks two questions, each answered by one index range over
-- what is due and never over every open case (benchmarks P4: 100 due among a million open):
-- regulatory deadlines passed undecided and not yet escalated, and service targets passed undecided, not paused and
-- not yet reported.
CREATE INDEX complaints_complaint_deadline_due ON complaints_complaint (breach_escalated_at, decided_at, clock_deadline);
CREATE INDEX complaints_complaint_service_due ON complaints_complaint (service_breach_at, decided_at, sla_paused_since, sla_target_at);
