package bank.bonafide.backoffice.reporting.control;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One report being generated: its progress (0 to 100) and, once done, the report with its two documents or the
 * reason it failed. Written by the generating thread, read by the officer's page; a plain object, so that the
 * background thread never touches the officer's session.
 */
public final class ReportJob {

    /** What a job holds once generated; the documents are exactly what filing will freeze. */
    public record Generated(ComplianceReport report, byte[] pdf, byte[] csv) {
    }

    private final AtomicInteger progress = new AtomicInteger(0);
    private volatile Generated generated;
    private volatile String failure;

    public void progress(int percent) {
        progress.set(percent);
    }

    public int progress() {
        return progress.get();
    }

    public boolean running() {
        return progress.get() < 100;
    }

    public void succeeded(Generated result) {
        generated = result;
        progress.set(100);
    }

    public void failed(String reason) {
        failure = reason;
        progress.set(100);
    }

    public Optional<Generated> generated() {
        return Optional.ofNullable(generated);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
