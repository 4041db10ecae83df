package bank.bonafide.identity.review.boundary;

import bank.bonafide.identity.review.entity.ReviewCase;
import bank.bonafide.platform.persistence.RegisterCriteria;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the review table asks of the cases waiting for a person (not yet closed): filters, one sort column and a
 * page, all done by the database.
 *
 * @param customerId exactly this customer; null for any
 * @param status     OPEN (no proposal yet) or PROPOSED (waiting for a second person); null for both
 * @param sort       the column to order by
 * @param descending newest first
 */
public record ReviewSearch(String customerId, String status, Sort sort, boolean descending) {

    /** The columns the review table can be ordered by, each backed by an index. */
    public enum Sort {
        OPENED("openedAt"), CUSTOMER("customerId");

        final String path;

        Sort(String path) {
            this.path = path;
        }

        public static Optional<Sort> ofField(String field) {
            return RegisterCriteria.named(Sort.class, field);
        }
    }

    public ReviewSearch {
        sort = sort == null ? Sort.OPENED : sort;
    }

    /** The statuses a waiting case can have. */
    public static List<String> statuses() {
        return Stream.of(ReviewCase.Status.values()).filter(s -> s != ReviewCase.Status.CLOSED).map(Enum::name).toList();
    }
}
