package bank.bonafide.identity.customer.boundary;

import bank.bonafide.identity.customer.entity.CustomerRecord;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * The demo set's customers (alice C-0001, the 2019 stolen-ID victim; bob C-0002), enrolled sealed when demo data is
 * on: sealing needs the vault's master key, so they cannot come from a SQL seed. Fictional numbers.
 */
@Stateless
public class DemoCustomers {

    private static final Logger LOG = Logger.getLogger(DemoCustomers.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    CustomerRecords records;

    public void enrolIfMissing() {
        try {
            if (em.find(CustomerRecord.class, "C-0001") == null) {
                records.enrol("C-0001", "李晓梅", "110101199003071236", "+8613800138001", "demo set");
            }
            if (em.find(CustomerRecord.class, "C-0002") == null) {
                records.enrol("C-0002", "王建国", "310104198511204518", "+8613900139002", "demo set");
            }
        } catch (IllegalArgumentException e) {
            LOG.warning("demo customers not enrolled: no vault master key configured");
        }
    }
}
