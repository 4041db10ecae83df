-- Demo data: the 2019 stolen-ID case (DOMAIN.md 1.1) as the old system recorded it. The opening at a
-- self-service teller passed on a 72% face match alone; the loan on an SMS code to a phone never hers.
-- Neither decision has an evidence package.
INSERT INTO identity_verification_decision
    (id, customer_id, subject_reference, purpose, channel, outcome, decided_at, evidence_package_id, checks_performed)
VALUES
    ('6f1d2c3e-0000-4000-8000-000000001001', 'C-0001', 'A-1001', 'ACCOUNT_OPENING', 'STM', 'APPROVED',
     '2019-11-25 06:12:40.000000', NULL, 'FACE_MATCH'),
    ('6f1d2c3e-0000-4000-8000-000000002001', 'C-0001', 'L-2001', 'LOAN_SIGNING', 'MOBILE', 'APPROVED',
     '2019-12-18 12:03:11.000000', NULL, 'SMS_OTP');
