package bank.bonafide.identity.runtime;

import bank.bonafide.identity.access.boundary.RoleProvisioning;
import bank.bonafide.identity.customer.boundary.DemoCustomers;
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
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts the identity context: migrates its tables (and, with demo data, enrols the demo customers sealed), then
 * relays its outbox every second and provisions the realm's roles from their definition once Keycloak answers.
 * Bean-managed transactions because the relay opens one transaction per observer.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IdentityContextStartup {

    /** The audit rows this context writes, sealed a few seconds after they commit (platform.seal). */
    static final SealedTable[] SEALED = {
            SealedTable.of("identity_staff_read", "id", "staff", "customer_id", "fields", "purpose", "case_link", "read_at"),
            SealedTable.of("identity_evidence_access", "id", "package_id", "accessed_by", "purpose", "format", "accessed_at")};

    @Inject
    BeanManager beanManager;

    private volatile OutboxRelay relay;

    @Inject
    DemoCustomers demoCustomers;

    @Inject
    RoleProvisioning roleProvisioning;

    private volatile boolean rolesProvisioned;
    private int roleAttempts;

    @PostConstruct
    void start() {
        relay = ContextRuntime.start(BoundedContext.IDENTITY, beanManager, getClass());
        AuditSeals.register(SEALED);
        if (ConfigProvider.getConfig().getOptionalValue("bonafide.demo-data", Boolean.class).orElse(false)) {
            try {
                demoCustomers.enrolIfMissing();
            } catch (jakarta.ejb.EJBException e) {
                // Demo data must never keep the bank from starting.
                java.util.logging.Logger.getLogger(getClass().getName()).warning("demo customers not enrolled (is a vault master key configured?): "
                        + (e.getCause() == null ? e.getClass().getName() : e.getCause().getClass().getName()));
            }
        }
    }

    /**
     * Brings the realm's roles to the versioned definition, once per start. Keycloak need not be up when the EAR
     * deploys, so this runs on a timer (first within 20 seconds) and tries again until Keycloak has answered.
     */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "realm roles from the definition")
    void provisionRoles() {
        if (rolesProvisioned) {
            return;
        }
        try {
            roleProvisioning.provision();
            rolesProvisioned = true;
        } catch (RuntimeException e) {
            if (roleAttempts++ == 0) {
                java.util.logging.Logger.getLogger(getClass().getName()).warning("realm roles not provisioned yet (Keycloak "
                        + "unreachable?), trying again every 20 s: " + e.getClass().getName());
            }
        }
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "identity outbox relay")
    void relayOutbox() {
        relay.sweep();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "identity audit seals")
    void sealAudit() {
        AuditSeals.sealPending(ApplicationDataSource.lookup(), SEALED);
    }
}
