package bank.bonafide.backoffice.complaints;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** The compliance officer's view of complaint clocks: breaches, the timely rate at closure, load per owner. */
@Named
@RequestScoped
public class ComplaintsDashboardPage {

    @Inject
    ComplaintQueries complaints;

    private ComplaintQueries.ComplianceFigures figures;

    public ComplaintQueries.ComplianceFigures getFigures() {
        if (figures == null) {
            figures = complaints.complianceFigures();
        }
        return figures;
    }

    /** Share of closed cases decided within their regulatory deadline, in percent; empty before any closure. */
    public String getTimelyRate() {
        ComplaintQueries.ComplianceFigures f = getFigures();
        return f.closed() == 0 ? Texts.of("clocks.noneClosed")
                : Texts.of("clocks.rate", BigDecimal.valueOf(f.timely() * 100).divide(BigDecimal.valueOf(f.closed()), 1, RoundingMode.HALF_UP),
                        f.timely(), f.closed());
    }

    public List<Map.Entry<String, Long>> getOpenByOwner() {
        return List.copyOf(getFigures().openByOwner().entrySet());
    }
}
