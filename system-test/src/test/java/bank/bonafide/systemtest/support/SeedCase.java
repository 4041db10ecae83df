package bank.bonafide.systemtest.support;

import java.util.UUID;

/**
 * The stolen-ID case of DOMAIN.md 1.1 for a fresh customer of the test's own: an account opened on a
 * face match alone, a loan drawn on it with collection running. Each test gets its own, so tests do not
 * depend on each other, on their order, or on the demo data.
 */
public record SeedCase(String customerId, String account, String loan) {

    public static SeedCase create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SeedCase seed = new SeedCase("T-" + suffix, "A-" + suffix, "L-" + suffix);
        Sql.update("INSERT INTO identity_verification_decision (id, customer_id, subject_reference, purpose, channel, "
                        + "outcome, decided_at, evidence_package_id, checks_performed) "
                        + "VALUES (?, ?, ?, 'ACCOUNT_OPENING', 'STM', 'APPROVED', '2019-11-25 06:12:40', NULL, 'FACE_MATCH')",
                UUID.randomUUID().toString(), seed.customerId(), seed.account());
        Sql.update("INSERT INTO lending_loan (id, reference, customer_id, account_reference, principal_amount, "
                        + "principal_currency, status, collection_status, version) "
                        + "VALUES (?, ?, ?, ?, 11300.00, 'CNY', 'OVERDUE', 'ACTIVE', 0)",
                UUID.randomUUID().toString(), seed.loan(), seed.customerId(), seed.account());
        return seed;
    }
}
