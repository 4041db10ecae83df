-- A loan signing's decision names the exact terms the customer's code confirmed (EU-01, CN-05).
ALTER TABLE identity_verification_decision ADD COLUMN confirmed_terms_hash VARCHAR(64);
