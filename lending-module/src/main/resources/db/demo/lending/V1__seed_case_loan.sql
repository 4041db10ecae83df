-- Demo data: the CNY 11,300 loan signed on 2019-12-18 through the fraudulently opened account A-1001,
-- first instalment missed, collection running (DOMAIN.md 1.1). Bob has an ordinary loan.
INSERT INTO lending_loan (id, reference, customer_id, account_reference, principal_amount, principal_currency,
                          status, collection_status, frozen_at, frozen_for_complaint, version)
VALUES ('7a2e3f40-0000-4000-8000-000000002001', 'L-2001', 'C-0001', 'A-1001', 11300.00, 'CNY',
        'OVERDUE', 'ACTIVE', NULL, NULL, 0),
       ('7a2e3f40-0000-4000-8000-000000002002', 'L-2002', 'C-0002', 'A-1002', 50000.00, 'CNY',
        'CURRENT', 'ACTIVE', NULL, NULL, 0);
