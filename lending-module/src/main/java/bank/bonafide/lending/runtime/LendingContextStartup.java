package bank.bonafide.lending.runtime;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.outbox.OutboxRelay;
import bank.bonafide.platform.runtime.ContextRuntime;
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

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.LENDING, beanManager, getClass());
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "lending outbox relay")
    void relayOutbox() {
        relay.sweep();
    }
}
