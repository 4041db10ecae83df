package bank.bonafide.backoffice.cases;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The open-cases list: every complaint not yet closed, nearest regulatory deadline first. */
@Named
@RequestScoped
public class OpenCasesPage {

    static final int PAGE = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    ComplaintQueries complaints;

    @Inject
    SecurityContext security;

    private List<ComplaintView> cases;

    public List<ComplaintView> getCases() {
        if (cases == null) {
            cases = complaints.openCases(0, PAGE);
        }
        return cases;
    }

    /** Times as the bank's staff read them (China Standard Time until rule packs set the calendar). */
    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String getStaffName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }
}
