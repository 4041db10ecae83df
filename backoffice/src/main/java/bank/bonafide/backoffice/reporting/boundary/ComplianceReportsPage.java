package bank.bonafide.backoffice.reporting.boundary;

import bank.bonafide.backoffice.reporting.control.ComplianceReport;
import bank.bonafide.backoffice.reporting.control.ReportAssembly;
import bank.bonafide.backoffice.reporting.control.ReportCharts;
import bank.bonafide.backoffice.reporting.control.ReportJob;
import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The compliance officer's reports page: choose a period, generate (with a progress bar), read the charts, download
 * the PDF and CSV, and file them; the filing history below, with a check of every filing's hash and seal.
 */
@Named
@ViewScoped
public class ComplianceReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportDraft draft;

    @Inject
    ReportFilings filings;

    @Inject
    StaffScreen staff;

    private LocalDate from = LocalDate.now(ComplianceReport.ZONE).withDayOfMonth(1).minusMonths(5);
    private LocalDate to = LocalDate.now(ComplianceReport.ZONE);
    private FilingCheck check;
    private List<FilingView> history;

    /**
     * Starts generating, then reloads the page by GET (post-redirect-get): the progress bar reloads it again when the
     * report is ready, and a reload must never post the form a second time.
     */
    public String generate() {
        java.util.Optional<String> problem = ReportAssembly.periodProblem(from, to);
        if (problem.isPresent()) {
            error(Texts.of(problem.get(), ReportAssembly.MAX_DAYS));
            return null;
        }
        if (!draft.start(from, to, staff.getStaffName())) {
            error(Texts.of("reports.alreadyRunning"));
            return null;
        }
        return "reports?faces-redirect=true";
    }

    /** Files the generated report; then a GET of the page, so that reloading it cannot file anything twice. */
    public String file() {
        ReportJob.Generated g = draft.generated().orElse(null);
        if (g == null) {
            error(Texts.of("reports.nothingToFile"));
            return null;
        }
        FilingView filed = filings.file(g.report().from(), g.report().to(), g.report().generatedAt(), g.pdf(), g.csv(),
                staff.getStaffName());
        draft.clear();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.of("reports.filed", filed.position(), filed.pdfSha256()), null));
        return "reports?faces-redirect=true";
    }

    public void verify() {
        check = filings.verify();
    }

    public boolean isRunning() {
        return draft.isRunning();
    }

    public int getProgress() {
        return Math.max(0, draft.getProgress());
    }

    /** Why generating failed, in the page's language: the generator records a bundle key, or a reason as it came. */
    public String getFailure() {
        return draft.failure().map(f -> Texts.has(f) ? Texts.of(f, ReportAssembly.MAX_DAYS) : f).orElse(null);
    }

    public ComplianceReport getReport() {
        return draft.generated().map(ReportJob.Generated::report).orElse(null);
    }

    public ReportCharts getCharts() {
        ComplianceReport report = getReport();
        return report == null ? null : new ReportCharts(report);
    }

    public List<FilingView> getHistory() {
        if (history == null) {
            history = filings.history(100);
        }
        return history;
    }

    public FilingCheck getCheck() {
        return check;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
