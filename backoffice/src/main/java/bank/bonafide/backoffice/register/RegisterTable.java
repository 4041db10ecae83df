package bank.bonafide.backoffice.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table over one of the bank's registers: the table asks for a page with its filters and sort,
 * and the register answers with one query and one count in the database. Subclasses map the table's field names to
 * their register's own search; a field the register does not know is ignored, never passed on.
 *
 * @param <T> a row as the table shows it
 */
public abstract class RegisterTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The column a table is sorted by (its {@code field} name) and the direction. */
    protected record Sorting(String field, boolean descending) {
    }

    /** The table's filter values by field name; a field without a value reads null. */
    protected record Filters(Map<String, FilterMeta> filterBy) {

        public String get(String field) {
            FilterMeta meta = filterBy.get(field);
            Object value = meta == null ? null : meta.getFilterValue();
            return value == null ? null : value.toString();
        }
    }

    protected abstract long count(Filters filters);

    protected abstract List<T> page(Filters filters, Optional<Sorting> sorting, int first, int size);

    /** The row's unique key (a reference). */
    protected abstract String key(T row);

    @Override
    public final int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count(new Filters(filterBy)));
    }

    @Override
    public final List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Optional<Sorting> sorting = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(s -> new Sorting(s.getField(), s.getOrder() == SortOrder.DESCENDING));
        return page(new Filters(filterBy), sorting, first, pageSize);
    }

    @Override
    public final String getRowKey(T row) {
        return key(row);
    }
}
