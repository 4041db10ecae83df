package bank.bonafide.backoffice.cases;

import bank.bonafide.complaints.complaint.boundary.CaseSearch;
import bank.bonafide.complaints.complaint.boundary.ComplaintQueries;
import bank.bonafide.complaints.complaint.boundary.ComplaintView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The case table's data: each page, sort and filter is one query and one count in the complaint register, so the
 * table stays as fast over a million cases as over ten. Column keys name {@link CaseSearch.Sort} values; a key the
 * register does not know is ignored rather than passed on.
 */
public class CaseRegister extends LazyDataModel<ComplaintView> {

    private static final long serialVersionUID = 1L;

    private final ComplaintQueries complaints;
    private final boolean openOnly;

    public CaseRegister(ComplaintQueries complaints, boolean openOnly) {
        this.complaints = complaints;
        this.openOnly = openOnly;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, complaints.count(search(Map.of(), filterBy)));
    }

    @Override
    public List<ComplaintView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return complaints.search(search(sortBy, filterBy), first, pageSize);
    }

    @Override
    public String getRowKey(ComplaintView row) {
        return row.reference();
    }

    CaseSearch search(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<SortMeta> sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst();
        return new CaseSearch(openOnly, filter(filterBy, "handler"), filter(filterBy, "reference"), filter(filterBy, "customer"),
                filter(filterBy, "category"), filter(filterBy, "status"), null,
                sort.flatMap(s -> CaseSearch.Sort.ofField(s.getField())).orElse(CaseSearch.Sort.DEADLINE),
                sort.map(s -> s.getOrder() == SortOrder.DESCENDING).orElse(false));
    }

    private static String filter(Map<String, FilterMeta> filterBy, String key) {
        FilterMeta meta = filterBy.get(key);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? null : value.toString();
    }
}
