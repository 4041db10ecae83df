package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.backoffice.reporting.control.ReportJob;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report an officer is preparing in this session: generated in the background (a year of figures can take a
 * while, {@link ReportGenerator}), its progress readable while it runs, then kept with its two documents until it is
 * filed or replaced.
 */
@SessionScoped
public class ReportDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportGenerator generator;

    private transient ReportJob job;

    /** Starts generating; refused (false) while one is already running in this session. */
    public synchronized boolean start(LocalDate from, LocalDate to, String by) {
        if (isRunning()) {
            return false;
        }
        job = new ReportJob();
        generator.generate(job, from, to, by);
        return true;
    }

    public boolean isRunning() {
        ReportJob current = job;
        return current != null && current.running();
    }

    /** 0 to 100 while running or done; -1 before anything was started. */
    public int getProgress() {
        ReportJob current = job;
        return current == null ? -1 : current.progress();
    }

    public Optional<ReportJob.Generated> generated() {
        ReportJob current = job;
        return current == null ? Optional.empty() : current.generated();
    }

    public Optional<String> failure() {
        ReportJob current = job;
        return current == null ? Optional.empty() : current.failure();
    }

    /** After filing, the draft is spent: filing it twice would only be a duplicate. */
    public synchronized void clear() {
        job = null;
    }
}
