package bank.bonafide.platform.runtime;

import bank.bonafide.platform.event.BoundedContext;
import bank.bonafide.platform.outbox.OutboxRelay;
import bank.bonafide.platform.persistence.ApplicationDataSource;
import bank.bonafide.platform.persistence.SchemaMigration;
import bank.bonafide.platform.rules.RulePacks;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * What every bounded context does when its module starts: migrate its schema, then relay its outbox.
 *
 * <p>Each module has one {@code @Startup @Singleton} with bean-managed transactions that calls
 * {@link #start} and ticks {@link OutboxRelay#sweep()} from an EJB timer; this class keeps that
 * singleton to a few lines.
 */
public final class ContextRuntime {

    private ContextRuntime() {
    }

    /**
     * Checks the rule packs (an invalid pack fails the deploy, naming file, field and problem), migrates
     * the schema (platform tables first) and returns the context's outbox relay.
     */
    public static OutboxRelay start(BoundedContext context, BeanManager beanManager, Class<?> moduleClass) {
        RulePacks.shipped();
        SchemaMigration.migrate(ApplicationDataSource.lookup(), context, moduleClass.getClassLoader());
        return new OutboxRelay(context, beanManager, ServerInstance.name());
    }
}
