package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.backoffice.reporting.control.ComplianceReport;
import bank.bonafide.backoffice.reporting.control.ReportAssembly;
import bank.bonafide.backoffice.reporting.control.ReportDocuments;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report an officer is preparing in this session: generated in the background (a year of figures can take a
 * while), its progress readable while it runs, then kept with its two documents until it is filed or replaced.
 */
@SessionScoped
public class ReportDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ReportDraft.class.getName());

    /** What a draft holds once generated; the documents are exactly what filing will freeze. */
    public record Generated(ComplianceReport report, byte[] pdf, byte[] csv) {
    }

    @Inject
    transient ReportAssembly assembly;

    @Resource
    transient ManagedExecutorService executor;

    private final AtomicInteger progress = new AtomicInteger(-1);
    private volatile Generated generated;
    private volatile String failure;

    /** Starts generating; refused (false) while one is already running in this session. */
    public synchronized boolean start(LocalDate from, LocalDate to, String by) {
        if (isRunning()) {
            return false;
        }
        generated = null;
        failure = null;
        progress.set(0);
        executor.submit(() -> {
            try {
                ComplianceReport report = assembly.assemble(from, to, by, progress::set);
                byte[] csv = ReportDocuments.csv(report);
                progress.set(95);
                byte[] pdf = ReportDocuments.pdf(report);
                generated = new Generated(report, pdf, csv);
            } catch (IllegalArgumentException e) {
                failure = e.getMessage();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "compliance report for " + from + " to " + to + " failed", e);
                failure = "The report could not be generated; nothing was filed. Try again, or a shorter period.";
            } finally {
                progress.set(100);
            }
        });
        return true;
    }

    public boolean isRunning() {
        int p = progress.get();
        return p >= 0 && p < 100;
    }

    /** 0 to 100 while running or done; -1 before anything was started. */
    public int getProgress() {
        return progress.get();
    }

    public Optional<Generated> generated() {
        return Optional.ofNullable(generated);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** After filing, the draft is spent: filing it twice would only be a duplicate. */
    public synchronized void clear() {
        generated = null;
        failure = null;
        progress.set(-1);
    }
}
