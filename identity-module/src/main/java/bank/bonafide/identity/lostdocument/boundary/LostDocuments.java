package bank.bonafide.identity.lostdocument.boundary;

import bank.bonafide.identity.lostdocument.entity.LostDocumentReport;
import bank.bonafide.identity.verification.entity.MaskedApplicant;
import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.event.identity.DocumentReportedLost;
import bank.bonafide.platform.outbox.Outbox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Lost documents reported to the bank. A report takes effect at once for every later verification with
 * that document, and is announced as {@link DocumentReportedLost} (without the number).
 */
@Stateless
public class LostDocuments {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Records the report; returns it as staff may see it. */
    public LostDocumentReport report(String customerId, String documentNumber, String reportedVia) {
        LostDocumentReport report = new LostDocumentReport(digest(documentNumber),
                MaskedApplicant.maskDocument(normalized(documentNumber)), customerId, Instant.now(), reportedVia);
        em.persist(report);
        outbox.publish(new DocumentReportedLost(UUID.randomUUID(), report.reportedAt(), report.id(), customerId, reportedVia));
        return report;
    }

    /** The first report of {@code documentNumber}, if it was ever reported lost to the bank. Read-only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LostDocumentReport> firstReport(String documentNumber) {
        return em.createNamedQuery(LostDocumentReport.BY_DIGEST, LostDocumentReport.class)
                .setParameter("digest", digest(documentNumber)).setMaxResults(1).getResultStream().findFirst();
    }

    public List<LostDocumentReport> ofCustomer(String customerId) {
        return em.createQuery("SELECT r FROM LostDocumentReport r WHERE r.customerId = :c ORDER BY r.reportedAt DESC",
                LostDocumentReport.class).setParameter("c", customerId).getResultList();
    }

    /** Day of the report in UTC, as the refusal reason names it. */
    public static java.time.LocalDate day(LostDocumentReport report) {
        return report.reportedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static String normalized(String documentNumber) {
        return documentNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** A digest, not the number: the lookup works, the table does not hand out ID numbers. */
    private static String digest(String documentNumber) {
        return Sha256.hex("bonafide-lost-document:" + normalized(documentNumber));
    }
}
