package bank.bonafide.backoffice.cases;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The open-cases list: every complaint not yet closed, nearest regulatory deadline first, and who holds how many. */
@Named
@RequestScoped
public class OpenCasesPage {

    static final int PAGE = 200;

    @Inject
    ComplaintQueries complaints;

    private List<ComplaintView> cases;

    public List<ComplaintView> getCases() {
        if (cases == null) {
            cases = complaints.openCases(0, PAGE);
        }
        return cases;
    }

    public List<Map.Entry<String, Long>> getWorkload() {
        return List.copyOf(complaints.workload().entrySet());
    }
}
