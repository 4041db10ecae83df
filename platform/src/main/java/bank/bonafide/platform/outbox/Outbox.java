package bank.bonafide.platform.outbox;

import bank.bonafide.platform.event.IntegrationEvent;
import bank.bonafide.platform.persistence.ApplicationDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where a context announces a fact: the event row is written in the caller's transaction.
 *
 * <p>Invariant: publishing outside an active JTA transaction is refused, because the row could then
 * outlive (or miss) the business change it announces.
 */
@ApplicationScoped
public class Outbox {

    static final String INSERT = "INSERT INTO platform_outbox_event (id, publisher, event_type, payload, "
            + "occurred_at, recorded_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)";

    public void publish(IntegrationEvent event) {
        requireActiveTransaction();
        Instant now = Instant.now();
        try (Connection connection = ApplicationDataSource.lookup().getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.eventId().toString());
            insert.setString(2, event.publisher().key());
            insert.setString(3, event.getClass().getName());
            insert.setString(4, EventCodec.encode(event));
            insert.setObject(5, Timestamps.utc(event.occurredAt()));
            insert.setObject(6, Timestamps.utc(now));
            insert.setObject(7, Timestamps.utc(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("could not record event " + event.eventId(), e);
        }
    }

    /** The server's one registry, looked up on first use rather than on every event. */
    private volatile TransactionSynchronizationRegistry registry;

    private void requireActiveTransaction() {
        TransactionSynchronizationRegistry registry = this.registry;
        if (registry == null) {
            try {
                registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
                this.registry = registry;
            } catch (NamingException e) {
                throw new IllegalStateException("no transaction registry: publish from an EJB or @Transactional bean", e);
            }
        }
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("an event is published only inside the transaction that makes it true");
        }
    }
}
