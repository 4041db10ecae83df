-- Demo: the bank's opening contribution to the risk-provision fund (CNY 5,000,000), one balanced journal.
INSERT INTO compensation_ledger_entry (journal_id, posted_at, posted_by, account, debit, credit, currency, memo, reference) VALUES
    ('0f0d0000-0000-4000-8000-000000000001', '2026-01-01 00:00:00', 'compliance.zhao', 'RISK_PROVISION_FUND', 5000000.00, 0.00, 'CNY',
     'contribution to the risk-provision fund', 'CONTRIB-2026-OPENING'),
    ('0f0d0000-0000-4000-8000-000000000001', '2026-01-01 00:00:00', 'compliance.zhao', 'BANK_CONTRIBUTIONS', 0.00, 5000000.00, 'CNY',
     'contribution to the risk-provision fund', 'CONTRIB-2026-OPENING');
