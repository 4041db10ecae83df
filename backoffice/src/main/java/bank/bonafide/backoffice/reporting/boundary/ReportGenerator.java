package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.backoffice.reporting.control.ComplianceReport;
import bank.bonafide.backoffice.reporting.control.ReportAssembly;
import bank.bonafide.backoffice.reporting.control.ReportDocuments;
import bank.bonafide.backoffice.reporting.control.ReportJob;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Generates a report on the EJB container's asynchronous threads. Not the default managed executor: identity's
 * external checks run there, and a long report should neither wait behind nor slow down a customer's decision.
 */
@Stateless
public class ReportGenerator {

    private static final Logger LOG = Logger.getLogger(ReportGenerator.class.getName());

    @Inject
    ReportAssembly assembly;

    @Asynchronous
    public void generate(ReportJob job, LocalDate from, LocalDate to, String by) {
        long started = System.nanoTime();
        try {
            ComplianceReport report = assembly.assemble(from, to, by, percent -> {
                job.progress(percent);
                LOG.fine(() -> "compliance report " + from + " to " + to + ": " + percent + "% after " + (System.nanoTime() - started) / 1_000_000 + " ms");
            });
            byte[] csv = ReportDocuments.csv(report);
            job.progress(95);
            job.succeeded(new ReportJob.Generated(report, ReportDocuments.pdf(report), csv));
            LOG.info(() -> "compliance report " + from + " to " + to + " generated in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IllegalArgumentException e) {
            // the period's problem as a key the page says in its language; any other reason as it came
            job.failed(ReportAssembly.periodProblem(from, to).orElse(e.getMessage()));
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "compliance report for " + from + " to " + to + " failed", e);
            // a key, not a sentence: this thread answers no page, so the page says it in its own language
            job.failed("reports.failed");
        }
    }
}
