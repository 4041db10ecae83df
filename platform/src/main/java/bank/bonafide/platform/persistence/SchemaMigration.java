package bank.bonafide.platform.persistence;

import bank.bonafide.platform.event.BoundedContext;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs Flyway for the platform tables and for one module, each with its own history table.
 *
 * <p>Trap avoided: all modules share one schema, so the second module finds a non-empty schema
 * without its history table. {@code baselineOnMigrate} with baseline version 0 (not the default 1)
 * lets it start without silently skipping its own V1 script.
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /**
     * Migrates the platform tables (idempotent: every module calls this before its own), the
     * module's tables and, when {@code bonafide.demo-data} (env {@code BONAFIDE_DEMO_DATA}) is true, its demo rows from {@code db/demo/<module>}.
     */
    public static void migrate(DataSource dataSource, BoundedContext context, ClassLoader loader) {
        boolean demoData = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("bonafide.demo-data", Boolean.class).orElse(false);
        migrate(dataSource, context.key(), loader);
        if (demoData && loader.getResource("db/demo/" + context.key()) != null) {
            run(dataSource, loader, context.key() + "_demo", "db/demo/" + context.key());
        }
    }

    /**
     * Migrates the platform tables and the tables of a part of the EAR that owns data but publishes no events
     * (the back office's filed compliance reports: {@code db/reporting}).
     */
    public static void migrate(DataSource dataSource, String owner, ClassLoader loader) {
        run(dataSource, loader, "platform", "db/platform");
        run(dataSource, loader, owner, "db/" + owner);
    }

    private static void run(DataSource dataSource, ClassLoader loader, String name, String location) {
        var result = Flyway.configure(loader)
                .dataSource(dataSource)
                .table("flyway_history_" + name)
                .locations("classpath:" + location)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> "schema " + name + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
    }
}
