package bank.bonafide.compensation.runtime;

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
 * Starts the compensation context: migrates its tables, then relays its outbox every second.
 * Bean-managed transactions because the relay opens one transaction per observer.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CompensationContextStartup {

    /** The audit rows this context writes, sealed a few seconds after they commit (platform.seal). */
    static final SealedTable[] SEALED = {
            SealedTable.of("compensation_ledger_entry", "id", "journal_id", "posted_at", "posted_by", "account", "debit", "credit", "currency", "memo", "reference")};

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.COMPENSATION, beanManager, getClass());
        AuditSeals.register(SEALED);
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "compensation outbox relay")
    void relayOutbox() {
        relay.sweep();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "compensation audit seals")
    void sealAudit() {
        AuditSeals.sealPending(ApplicationDataSource.lookup(), SEALED);
    }
}
