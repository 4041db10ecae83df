package bank.bonafide.lending.access.boundary;

import bank.bonafide.lending.access.entity.StaffRead;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Logs a staff read in the reading transaction: no read without its log line. */
@Stateless
public class StaffReads {

    @PersistenceContext(unitName = "lending")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void log(String staff, String subject, String customerId, String purpose) {
        em.persist(new StaffRead(staff, subject, customerId, purpose == null || purpose.isBlank() ? "not stated" : purpose.strip(),
                Instant.now()));
    }
}
