package bank.bonafide.lending.runtime;

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
 * Starts the lending context: migrates its tables, then relays its outbox every second.
 * Bean-managed transactions because the relay opens one transaction per observer.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LendingContextStartup {

    /** The audit rows this context writes, sealed a few seconds after they commit (platform.seal). */
    static final SealedTable[] SEALED = {
            SealedTable.of("lending_loan_history", "id", "loan_id", "at", "actor", "entry"),
            SealedTable.of("lending_staff_read", "id", "read_by", "subject", "customer_id", "purpose", "read_at")};

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.LENDING, beanManager, getClass());
        AuditSeals.register(SEALED);
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "lending outbox relay")
    void relayOutbox() {
        relay.sweep();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "lending audit seals")
    void sealAudit() {
        AuditSeals.sealPending(ApplicationDataSource.lookup(), SEALED);
    }
}
