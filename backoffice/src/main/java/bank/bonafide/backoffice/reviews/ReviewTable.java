package bank.bonafide.backoffice.reviews;

import bank.bonafide.backoffice.register.RegisterTable;
import bank.bonafide.identity.review.boundary.ReviewQueue;
import bank.bonafide.identity.review.boundary.ReviewSearch;
import bank.bonafide.identity.review.entity.ReviewCase;
import java.util.List;
import java.util.Optional;

/** The review table's data: cases waiting for a person, oldest first unless a column is sorted. */
public class ReviewTable extends RegisterTable<ReviewCase> {

    private static final long serialVersionUID = 1L;

    private final ReviewQueue queue;

    public ReviewTable(ReviewQueue queue) {
        this.queue = queue;
    }

    @Override
    protected long count(Filters filters) {
        return queue.countWaiting(search(filters, Optional.empty()));
    }

    @Override
    protected List<ReviewCase> page(Filters filters, Optional<Sorting> sorting, int first, int size) {
        return queue.waiting(search(filters, sorting), first, size);
    }

    @Override
    protected String key(ReviewCase row) {
        return row.id().toString();
    }

    private static ReviewSearch search(Filters filters, Optional<Sorting> sorting) {
        Optional<ReviewSearch.Sort> column = sorting.flatMap(s -> ReviewSearch.Sort.ofField(s.field()));
        return new ReviewSearch(filters.get("customer"), filters.get("status"), column.orElse(ReviewSearch.Sort.OPENED),
                column.isPresent() && sorting.get().descending());
    }
}
