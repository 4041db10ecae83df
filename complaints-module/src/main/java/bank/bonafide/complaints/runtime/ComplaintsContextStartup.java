package bank.bonafide.complaints.runtime;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.outbox.OutboxRelay;
import bank.bonafide.platform.persistence.ApplicationDataSource;
import bank.bonafide.platform.runtime.ContextRuntime;
import bank.bonafide.platform.seal.AuditSeals;
import bank.bonafide.platform.seal.SealedTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;

/**
 * Starts the complaints context: migrates its tables, then relays its outbox every second.
 * Bean-managed transactions because the relay opens one transaction per observer.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintsContextStartup {

    /** The audit rows this context writes, sealed a few seconds after they commit (platform.seal). */
    static final SealedTable[] SEALED = {
            SealedTable.of("complaints_timeline_entry", "id", "complaint_id", "occurred_at", "actor", "kind", "previous_value", "new_value")};

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.COMPLAINTS, beanManager, getClass());
        AuditSeals.register(SEALED);
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "complaints outbox relay")
    void relayOutbox() {
        relay.sweep();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "complaints audit seals")
    void sealAudit() {
        AuditSeals.sealPending(ApplicationDataSource.lookup(), SEALED);
    }
}
