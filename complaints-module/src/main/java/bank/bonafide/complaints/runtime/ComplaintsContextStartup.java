package bank.bonafide.complaints.runtime;

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
 * Starts the complaints context: migrates its tables, then relays its outbox every second.
 * Bean-managed transactions because the relay opens one transaction per observer.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintsContextStartup {

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.COMPLAINTS, beanManager, getClass());
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "complaints outbox relay")
    void relayOutbox() {
        relay.sweep();
    }
}
