package bank.bonafide.identity.oversight.boundary;

import bank.bonafide.identity.customer.entity.AccessAlert;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/** Identity's read side for compliance reports; see {@link PersonalDataFigures}. */
@Stateless
public class PersonalDataOversight {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** The figures for [from, to), months counted in {@code zone}. */
    public PersonalDataFigures figures(Instant from, Instant to, ZoneId zone) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy-MM").withZone(zone);
        Map<String, Long> given = new TreeMap<>();
        em.createQuery("SELECT c.givenAt FROM BiometricConsent c WHERE c.givenAt >= :from AND c.givenAt < :to", Instant.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(at -> given.merge(month.format(at), 1L, Long::sum));
        Map<String, Long> withdrawn = new TreeMap<>();
        em.createQuery("SELECT c.withdrawnAt FROM BiometricConsent c WHERE c.withdrawnAt >= :from AND c.withdrawnAt < :to",
                        Instant.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(at -> withdrawn.merge(month.format(at), 1L, Long::sum));
        // The vault keeps no history of its size: this counts what it still holds of what was stored before the period's end.
        Object[] vault = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(OCTET_LENGTH(ciphertext)), 0) "
                + "FROM identity_vault_record WHERE stored_at < ?1").setParameter(1, to).getSingleResult();
        long purged = em.createQuery("SELECT COUNT(c) FROM BiometricCapture c WHERE c.purgedAt >= :from AND c.purgedAt < :to",
                Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
        Map<AccessAlert.Kind, Long> alerts = new TreeMap<>();
        em.createQuery("SELECT a.kind, COUNT(a) FROM AccessAlert a WHERE a.raisedAt >= :from AND a.raisedAt < :to GROUP BY a.kind",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> alerts.put((AccessAlert.Kind) row[0], (Long) row[1]));
        return new PersonalDataFigures(given, withdrawn, ((Number) vault[0]).longValue(), ((Number) vault[1]).longValue(), purged,
                alerts.getOrDefault(AccessAlert.Kind.ALERT, 0L), alerts.getOrDefault(AccessAlert.Kind.SUSPENDED, 0L));
    }
}
