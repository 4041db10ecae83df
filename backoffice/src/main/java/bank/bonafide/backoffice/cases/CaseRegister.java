package bank.bonafide.backoffice.cases;

import bank.bonafide.backoffice.register.RegisterTable;
import bank.bonafide.complaints.complaint.boundary.CaseSearch;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import java.util.List;
import java.util.Optional;

/**
 * The case table's data from the complaint register. Column keys name {@link CaseSearch.Sort} values; the default
 * order is the nearest regulatory deadline first.
 */
public class CaseRegister extends RegisterTable<ComplaintView> {

    private static final long serialVersionUID = 1L;

    private final ComplaintQueries complaints;
    private final boolean openOnly;

    public CaseRegister(ComplaintQueries complaints, boolean openOnly) {
        this.complaints = complaints;
        this.openOnly = openOnly;
    }

    @Override
    protected long count(Filters filters) {
        return complaints.count(search(filters, Optional.empty()));
    }

    @Override
    protected List<ComplaintView> page(Filters filters, Optional<Sorting> sorting, int first, int size) {
        return complaints.search(search(filters, sorting), first, size);
    }

    @Override
    protected String key(ComplaintView row) {
        return row.reference();
    }

    CaseSearch search(Filters filters, Optional<Sorting> sorting) {
        return new CaseSearch(openOnly, filters.get("handler"), filters.get("reference"), filters.get("customer"),
                filters.get("category"), filters.get("status"), null,
                sorting.flatMap(s -> CaseSearch.Sort.ofField(s.field())).orElse(CaseSearch.Sort.DEADLINE),
                sorting.map(Sorting::descending).orElse(false));
    }
}
