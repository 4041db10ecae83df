package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.platform.persistence.ApplicationDataSource;
import bank.bonafide.platform.persistence.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Migrates the back office's own tables (filed compliance reports, {@code db/reporting}) when the EAR starts. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ReportingStartup {

    @PostConstruct
    void migrate() {
        SchemaMigration.migrate(ApplicationDataSource.lookup(), "reporting", getClass().getClassLoader());
    }
}
