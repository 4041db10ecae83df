-- A history of N complaints, loaded by INSERT ... SELECT from MariaDB's SEQUENCE engine, rows FIRST..LAST of it (run
-- it once per chunk). Used by scripts/measure-case-register.sh and the benchmarks (P3), which fill in ${N}, ${FIRST},
-- ${LAST}, ${CUSTOMERS} (about N/5) and ${WIDTH} (digits of the reference, at least 7).
-- Every value derives from the row number s and three CRC32 hashes of it, so each run loads the same data:
--   reference C-0000001.. in order of receipt; received_at spread evenly over the 3 years before now; clock started at
--   receipt, deadline +15 days, service target +10 days;
--   ~5% open, mostly recent: 90% of the newest 3%, 20% of the 9% before, 0.5% of older ones (stragglers), spread over
--   RECEIVED/ACKNOWLEDGED/UNDER_INVESTIGATION/DECIDED, 10% of them unassigned; 40 handlers; an open case past its
--   deadline or service target was escalated 10 minutes after it, as the sweep would have done;
--   decided 12 days after receipt, closed 12 to 18 days after receipt (timely when by the deadline);
--   id a random-looking UUID (as UUID.randomUUID() gives: inserts land all over the primary key).
SET SESSION unique_checks = 0;
SET @now = NOW(6);
SET @t0 = @now - INTERVAL 3 YEAR;
SET @step = TIMESTAMPDIFF(MICROSECOND, @t0, @now) DIV ${N};
INSERT INTO complaints_complaint (id, reference, customer_id, category, disputed_kind, disputed_reference, description,
    status, received_at, clock_rule, clock_name, clock_pack_id, clock_pack_version, clock_started_at, clock_deadline,
    sla_target_at, channel, assigned_to, assigned_at, decided_at, decided_by, outcome, closed_at, timely, breach_escalated_at,
    service_breach_at, version)
SELECT CONCAT_WS('-', SUBSTR(m, 1, 8), SUBSTR(m, 9, 4), CONCAT('4', SUBSTR(m, 14, 3)), SUBSTR(m, 17, 4), SUBSTR(m, 21, 12)),
       CONCAT('C-', LPAD(s, ${WIDTH}, '0')),
       CONCAT('C-', 1 + h1 % ${CUSTOMERS}),
       category,
       CASE WHEN category = 'ACCOUNT_OPENED_WITHOUT_ME' THEN 'ACCOUNT'
            WHEN category IN ('UNAUTHORIZED_TRANSACTION', 'FACE_PAYMENT_NOT_MADE', 'WRONG_AMOUNT') THEN 'PAYMENT' ELSE 'LOAN' END,
       CONCAT('D-', LPAD(h2 % 10000000, 7, '0')),
       'The customer disputes this item; generated for the case register scale test.',
       status, received_at, 'CN-15', 'complaintDecision', 'CN-CURRENT', 1, received_at, received_at + INTERVAL 15 DAY,
       received_at + INTERVAL 10 DAY, ELT(1 + (h3 >> 12) % 4, 'PORTAL', 'APP', 'PHONE', 'COUNTER'),
       handler, IF(handler IS NULL, NULL, received_at + INTERVAL 1 DAY),
       IF(status IN ('DECIDED', 'CLOSED'), received_at + INTERVAL 12 DAY, NULL),
       IF(status IN ('DECIDED', 'CLOSED'), 'approver.chen', NULL),
       IF(status IN ('DECIDED', 'CLOSED'), ELT(1 + (h1 >> 20) % 3, 'EXPLANATION_ONLY', 'MONETARY_RELIEF', 'NON_MONETARY_RELIEF'), NULL),
       IF(status = 'CLOSED', closed_at, NULL),
       IF(status = 'CLOSED', closed_at <= received_at + INTERVAL 15 DAY, NULL),
       IF(status NOT IN ('DECIDED', 'CLOSED') AND received_at + INTERVAL 15 DAY < @now, received_at + INTERVAL 15 DAY + INTERVAL 10 MINUTE, NULL),
       IF(status NOT IN ('DECIDED', 'CLOSED') AND received_at + INTERVAL 10 DAY < @now, received_at + INTERVAL 10 DAY + INTERVAL 10 MINUTE, NULL),
       0
FROM (
    SELECT s, m, h1, h2, h3, received_at, status, received_at + INTERVAL 12 DAY + INTERVAL (h1 % 518400) SECOND AS closed_at,
           IF(status <> 'CLOSED' AND (h3 >> 20) % 10 = 0, NULL, CONCAT('handler.', LPAD(1 + (h2 >> 16) % 40, 2, '0'))) AS handler,
           CASE WHEN (h3 >> 8) % 100 < 10 THEN 'ACCOUNT_OPENED_WITHOUT_ME'
                WHEN (h3 >> 8) % 100 < 22 THEN 'LOAN_NOT_TAKEN'
                WHEN (h3 >> 8) % 100 < 52 THEN 'UNAUTHORIZED_TRANSACTION'
                WHEN (h3 >> 8) % 100 < 62 THEN 'FACE_PAYMENT_NOT_MADE'
                WHEN (h3 >> 8) % 100 < 80 THEN 'WRONG_AMOUNT'
                ELSE 'SERVICE' END AS category
    FROM (
        SELECT s, m, h1, h2, h3,
               @t0 + INTERVAL ((s - 1) * @step + h3 % @step) MICROSECOND AS received_at,
               IF(CASE WHEN s > ${N} * 0.97 THEN h2 % 100 < 90
                       WHEN s > ${N} * 0.88 THEN h2 % 100 < 20
                       ELSE h2 % 1000 < 5 END,
                  ELT(1 + (h2 >> 10) % 4, 'RECEIVED', 'ACKNOWLEDGED', 'UNDER_INVESTIGATION', 'DECIDED'), 'CLOSED') AS status
        FROM (
            SELECT seq AS s, MD5(CONCAT('id', seq)) AS m, CRC32(CONCAT('a', seq)) AS h1,
                   CRC32(CONCAT('b', seq)) AS h2, CRC32(CONCAT('c', seq)) AS h3
            FROM seq_${FIRST}_to_${LAST}
        ) hashed
    ) dated
) complaint;
