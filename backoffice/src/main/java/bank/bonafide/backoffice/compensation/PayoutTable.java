package bank.bonafide.backoffice.compensation;

import bank.bonafide.backoffice.register.RegisterTable;
import bank.bonafide.compensation.payout.boundary.PayoutRegister;
import bank.bonafide.compensation.payout.boundary.PayoutSearch;
import bank.bonafide.compensation.payout.boundary.PayoutView;
import java.util.List;
import java.util.Optional;

/** The payout table's data from the payout register; newest proposal first unless a column is sorted. */
public class PayoutTable extends RegisterTable<PayoutView> {

    private static final long serialVersionUID = 1L;

    private final PayoutRegister register;

    public PayoutTable(PayoutRegister register) {
        this.register = register;
    }

    @Override
    protected long count(Filters filters) {
        return register.count(search(filters, Optional.empty()));
    }

    @Override
    protected List<PayoutView> page(Filters filters, Optional<Sorting> sorting, int first, int size) {
        return register.search(search(filters, sorting), first, size);
    }

    @Override
    protected String key(PayoutView row) {
        return row.reference();
    }

    private static PayoutSearch search(Filters filters, Optional<Sorting> sorting) {
        Optional<PayoutSearch.Sort> column = sorting.flatMap(s -> PayoutSearch.Sort.ofField(s.field()));
        return new PayoutSearch(filters.get("reference"), filters.get("customer"), filters.get("status"),
                column.orElse(PayoutSearch.Sort.PROPOSED), column.isPresent() ? sorting.get().descending() : true);
    }
}
