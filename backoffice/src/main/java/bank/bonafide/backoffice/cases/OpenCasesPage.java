package bank.bonafide.backoffice.cases;

import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.platform.event.complaints.DisputeCategory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The open-cases register: every complaint not yet closed, nearest regulatory deadline first, paged, sorted and
 * filtered by the database ({@link CaseRegister}); and who holds how many.
 */
@Named
@ViewScoped
public class OpenCasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintQueries complaints;

    private CaseRegister cases;

    @PostConstruct
    void init() {
        cases = new CaseRegister(complaints, true);
    }

    public CaseRegister getCases() {
        return cases;
    }

    public List<String> getCategories() {
        return Stream.of(DisputeCategory.values()).map(Enum::name).toList();
    }

    public List<Map.Entry<String, Long>> getWorkload() {
        return List.copyOf(complaints.workload().entrySet());
    }
}
