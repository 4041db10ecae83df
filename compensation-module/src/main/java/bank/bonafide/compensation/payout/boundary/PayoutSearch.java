package bank.bonafide.compensation.payout.boundary;

import bank.bonafide.compensation.payout.entity.AdvanceCompensation;
import bank.bonafide.platform.persistence.RegisterCriteria;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a staff table asks of the payout register: filters, one sort column and a page, all done by the database.
 *
 * @param referencePrefix the payout's reference starts with this; null for any
 * @param customerId      exactly this customer; null for any
 * @param status          exactly this status (PROPOSED, APPROVED, REJECTED, PAID); null for any
 * @param sort            the column to order by
 * @param descending      newest/largest first
 */
public record PayoutSearch(String referencePrefix, String customerId, String status, Sort sort, boolean descending) {

    /** The columns a payout table can be ordered by, each backed by an index. */
    public enum Sort {
        PROPOSED("proposedAt"), DEADLINE("deadline"), PAID("paidAt"), REFERENCE("reference"), CUSTOMER("customerId"),
        STATUS("status");

        final String path;

        Sort(String path) {
            this.path = path;
        }

        /** The column behind a table's sort field name ({@code proposed}, {@code paid}, ...); empty if none. */
        public static Optional<Sort> ofField(String field) {
            return RegisterCriteria.named(Sort.class, field);
        }
    }

    public PayoutSearch {
        sort = sort == null ? Sort.PROPOSED : sort;
        // a column the filter fixes orders nothing but the tie-break; newest first says more
        if (sort == Sort.STATUS && status != null && !status.isBlank() || sort == Sort.CUSTOMER && customerId != null && !customerId.isBlank()) {
            sort = Sort.PROPOSED;
            descending = true;
        }
    }

    /** The statuses a payout table filters by, in the order a payout passes through them. */
    public static List<String> statuses() {
        return Stream.of(AdvanceCompensation.Status.values()).map(Enum::name).toList();
    }

    /** Every payout, newest proposal first. */
    public static PayoutSearch latest() {
        return new PayoutSearch(null, null, null, Sort.PROPOSED, true);
    }
}
