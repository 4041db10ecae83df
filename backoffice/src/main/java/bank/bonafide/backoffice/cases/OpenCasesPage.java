package bank.bonafide.backoffice.cases;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The open-cases list: every complaint not yet closed, nearest regulatory deadline first. */
@Named
@RequestScoped
public class OpenCasesPage {

    static final int PAGE = 200;

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

    public String getStaffName() {
        return security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    }
}
