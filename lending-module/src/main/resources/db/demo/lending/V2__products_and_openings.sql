-- Demo data: two loan products an ADMIN would have set up, and the openings identity decided for the demo
-- accounts: bob's A-1002 at the counter (eligible after the cooling-off), alice's A-1001 the 2019 face-only
-- opening the bank's old process approved without cross-verification (not eligible: no verified opening).
INSERT INTO lending_product (code, name, currency, min_amount, max_amount, min_term_months, max_term_months, annual_rate,
                             repayment_method, rounding_scale, rounding_mode, late_fee_daily_rate, late_fee_grace_days,
                             active, updated_by, updated_at, version)
VALUES ('CASH-12', 'Cash loan, equal instalments', 'CNY', 1000.0000, 200000.0000, 6, 36, 0.043500, 'ANNUITY', 2, 'HALF_UP',
        0.000500, 3, TRUE, 'admin.sun', '2026-01-05 09:00:00', 0),
       ('HOME-EP', 'Renovation loan, equal principal', 'CNY', 10000.0000, 500000.0000, 12, 60, 0.049000, 'EQUAL_PRINCIPAL', 2,
        'HALF_UP', 0.000500, 3, TRUE, 'admin.sun', '2026-01-05 09:00:00', 0);

INSERT INTO lending_account_opening (decision_id, customer_id, account_reference, channel, outcome, acted_at,
                                     evidence_package_id, reasons)
VALUES ('9b1c0d2e-0000-4000-8000-000000001002', 'C-0002', 'A-1002', 'COUNTER', 'APPROVED', '2025-03-14 02:30:00', NULL, NULL);
