package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.backoffice.reporting.entity.FiledReport;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Files compliance reports and keeps their history. There is no way here to change or remove a filing: a report
 * filed in error is answered by filing the corrected one, and both stay in the history.
 */
@Stateless
public class ReportFilings {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    /** Freezes the two documents of a generated report as the next filing in the chain. */
    public FilingView file(LocalDate from, LocalDate to, Instant generatedAt, byte[] pdf, byte[] csv, String filedBy) {
        // Lock the current last filing so that two officers filing at once cannot both take the next position.
        List<FiledReport> last = em.createNamedQuery(FiledReport.HISTORY, FiledReport.class)
                .setMaxResults(1).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        long position = last.isEmpty() ? 1 : last.get(0).position() + 1;
        String previous = last.isEmpty() ? FiledReport.GENESIS : last.get(0).seal();
        FiledReport filed = new FiledReport(position, previous, from, to, filedBy, Instant.now(), generatedAt, pdf, csv);
        em.persist(filed);
        return view(filed);
    }

    /** Every filing, the latest first. */
    public List<FilingView> history(int max) {
        return em.createQuery("SELECT new bank.bonafide.backoffice.reporting.boundary.FilingView(r.id, r.position, r.periodFrom, "
                        + "r.periodTo, r.filedBy, r.filedAt, r.pdfSha256, r.csvSha256, r.seal) FROM FiledReport r ORDER BY r.position DESC",
                        FilingView.class)
                .setMaxResults(max).getResultList();
    }

    /** A filed document exactly as filed; its SHA-256 is the one the history shows. */
    public Optional<byte[]> document(UUID filing, String format) {
        return Optional.ofNullable(em.find(FiledReport.class, filing))
                .map(r -> "csv".equals(format) ? r.csv() : "pdf".equals(format) ? r.pdf() : null);
    }

    /** Walks every filing from the first; reports the first one whose documents or seal do not verify. */
    public FilingCheck verify() {
        String previous = FiledReport.GENESIS;
        long expected = 1;
        // One filing at a time: the documents are large, and a long history must not be held in memory at once.
        List<UUID> ids = em.createQuery("SELECT r.id FROM FiledReport r ORDER BY r.position", UUID.class).getResultList();
        for (UUID id : ids) {
            FiledReport r = em.find(FiledReport.class, id);
            String problem = r.position() != expected ? "filing " + expected + " is missing"
                    : !r.previousSeal().equals(previous) ? "the link to the filing before does not match"
                    : r.problem();
            if (problem != null) {
                return new FilingCheck(false, ids.size(), expected, problem);
            }
            previous = r.seal();
            expected++;
            em.detach(r);
        }
        return new FilingCheck(true, ids.size(), null, null);
    }

    private static FilingView view(FiledReport r) {
        return new FilingView(r.id(), r.position(), r.periodFrom(), r.periodTo(), r.filedBy(), r.filedAt(), r.pdfSha256(),
                r.csvSha256(), r.seal());
    }
}
