package bank.bonafide.lending.loan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A loan as lending holds it (origination, schedules and repayments come with the lending issue).
 *
 * <p>Invariant: once frozen for a dispute, collection stays frozen until the dispute is decided; a
 * second dispute does not refreeze or move the freeze time.
 */
@Entity
@Table(name = "lending_loan")
@NamedQuery(name = Loan.OF_CUSTOMER_BY_REFERENCE,
        query = "SELECT l FROM Loan l WHERE l.customerId = :customerId AND (l.reference = :reference OR l.accountReference = :reference)")
@NamedQuery(name = Loan.BY_REFERENCE, query = "SELECT l FROM Loan l WHERE l.reference = :reference")
public class Loan {

    public static final String OF_CUSTOMER_BY_REFERENCE = "Loan.ofCustomerByReference";
    public static final String BY_REFERENCE = "Loan.byReference";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "account_reference", nullable = false, length = 32)
    private String accountReference;

    @Column(name = "principal_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal principalAmount;

    @Column(name = "principal_currency", nullable = false, length = 3)
    private String principalCurrency;

    @Column(nullable = false, length = 16)
    private String status;

    @Enumerated(EnumType.STRING)
    @Column(name = "collection_status", nullable = false, length = 16)
    private CollectionStatus collectionStatus;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "frozen_for_complaint", length = 36)
    private UUID frozenForComplaint;

    @Version
    private long version;

    protected Loan() {
    }

    /** Stops collection for a dispute; returns false when it was already frozen. */
    public boolean freezeFor(UUID complaintId, Instant at) {
        if (collectionStatus == CollectionStatus.FROZEN) {
            return false;
        }
        collectionStatus = CollectionStatus.FROZEN;
        frozenAt = at;
        frozenForComplaint = complaintId;
        return true;
    }

    public String reference() {
        return reference;
    }

    public String customerId() {
        return customerId;
    }

    public String accountReference() {
        return accountReference;
    }

    public BigDecimal principalAmount() {
        return principalAmount;
    }

    public String principalCurrency() {
        return principalCurrency;
    }

    public String status() {
        return status;
    }

    public CollectionStatus collectionStatus() {
        return collectionStatus;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    public UUID frozenForComplaint() {
        return frozenForComplaint;
    }
}
