package bank.bonafide.lending.loan.entity;

import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.StoredTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A loan: its terms as signed, its status and whether the bank may chase it. Loans taken over from before
 * origination moved here (the demo's L-2001) carry no terms.
 *
 * <p>Invariants: once frozen for a dispute, collection stays frozen until the dispute is decided; a
 * second dispute does not refreeze or move the freeze time. A written-off loan is never collected again.
 */
@Entity
@Table(name = "lending_loan")
@NamedQuery(name = Loan.OF_CUSTOMER_BY_REFERENCE,
        query = "SELECT l FROM Loan l WHERE l.customerId = :customerId AND (l.reference = :reference OR l.terms.payee = :reference)")
@NamedQuery(name = Loan.BY_REFERENCE, query = "SELECT l FROM Loan l WHERE l.reference = :reference")
@NamedQuery(name = Loan.FROZEN_FOR, query = "SELECT l FROM Loan l WHERE l.frozenForComplaint = :complaintId")
// The overdue run's work: loans already overdue (they may have been paid up) and current loans with an
// instalment now late; index-driven (V7), so a day costs what is late, not the whole book.
@NamedQuery(name = Loan.FOR_OVERDUE_RUN, query = "SELECT l FROM Loan l WHERE l.terms.termMonths IS NOT NULL AND (l.status = 'OVERDUE'"
        + " OR (l.status = 'CURRENT' AND l.id IN (SELECT i.loanId FROM Instalment i WHERE i.status IN ('DUE', 'OVERDUE') AND i.dueDate < :today)))")
@NamedQuery(name = Loan.IN_COLLECTION, query = "SELECT l FROM Loan l WHERE l.collectionStatus = :status ORDER BY l.reference")
public class Loan {

    public static final String OF_CUSTOMER_BY_REFERENCE = "Loan.ofCustomerByReference";
    public static final String BY_REFERENCE = "Loan.byReference";
    public static final String FROZEN_FOR = "Loan.frozenFor";
    public static final String FOR_OVERDUE_RUN = "Loan.forOverdueRun";
    public static final String IN_COLLECTION = "Loan.inCollection";

    public static final String CURRENT = "CURRENT";
    public static final String OVERDUE = "OVERDUE";
    public static final String REPAID = "REPAID";
    public static final String WRITTEN_OFF = "WRITTEN_OFF";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Embedded
    private StoredTerms terms;

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

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "application_id", length = 36)
    private UUID applicationId;

    @Column(name = "product_code", length = 32)
    private String productCode;

    @Column(name = "late_fee_daily_rate", precision = 9, scale = 6)
    private BigDecimal lateFeeDailyRate;

    @Column(name = "late_fee_grace_days")
    private Integer lateFeeGraceDays;

    @Column(name = "terms_hash", length = 64)
    private String termsHash;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "step_up_evidence_package_id", length = 36)
    private UUID stepUpEvidencePackageId;

    @Column(name = "disbursed_at")
    private Instant disbursedAt;

    @Column(name = "written_off_at")
    private Instant writtenOffAt;

    @Version
    private long version;

    protected Loan() {
    }

    /**
     * A loan originated from a signed application: the terms exactly as confirmed, the hash the customer's
     * code and identity's step-up were bound to, and identity's evidence package for that step-up.
     */
    public Loan(String reference, String customerId, UUID applicationId, String productCode, LoanTerms terms, String termsHash,
                BigDecimal lateFeeDailyRate, int lateFeeGraceDays, UUID stepUpEvidencePackageId, Instant disbursedAt) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.customerId = customerId;
        this.terms = StoredTerms.of(terms);
        this.status = CURRENT;
        this.collectionStatus = CollectionStatus.NONE;
        this.applicationId = applicationId;
        this.productCode = productCode;
        this.lateFeeDailyRate = lateFeeDailyRate;
        this.lateFeeGraceDays = lateFeeGraceDays;
        this.termsHash = termsHash;
        this.stepUpEvidencePackageId = stepUpEvidencePackageId;
        this.disbursedAt = disbursedAt;
    }

    /** The signed terms; empty for a loan taken over from before origination moved here. */
    public Optional<LoanTerms> terms() {
        return terms.terms();
    }

    public boolean frozen() {
        return collectionStatus == CollectionStatus.FROZEN;
    }

    /** After the overdue run: OVERDUE with collection running (unless frozen), or back to CURRENT. */
    public void overdue(boolean anyOverdue) {
        if (WRITTEN_OFF.equals(status) || REPAID.equals(status)) {
            return;
        }
        status = anyOverdue ? OVERDUE : CURRENT;
        if (!frozen()) {
            collectionStatus = anyOverdue ? CollectionStatus.ACTIVE : CollectionStatus.NONE;
        }
    }

    public void repaid() {
        status = REPAID;
        if (!frozen()) {
            collectionStatus = CollectionStatus.NONE;
        }
    }

    /** The loss is the bank's: no more collection, ever. Returns false when it was already written off. */
    public boolean writeOff(Instant at) {
        if (WRITTEN_OFF.equals(status)) {
            return false;
        }
        status = WRITTEN_OFF;
        collectionStatus = CollectionStatus.NONE;
        writtenOffAt = at;
        return true;
    }

    public UUID id() {
        return id;
    }

    public BigDecimal lateFeeDailyRate() {
        return lateFeeDailyRate;
    }

    public int lateFeeGraceDays() {
        return lateFeeGraceDays == null ? 0 : lateFeeGraceDays;
    }

    public String termsHash() {
        return termsHash;
    }

    public UUID stepUpEvidencePackageId() {
        return stepUpEvidencePackageId;
    }

    public Instant disbursedAt() {
        return disbursedAt;
    }

    public Instant writtenOffAt() {
        return writtenOffAt;
    }

    public String productCode() {
        return productCode;
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
        return terms.payee();
    }

    public BigDecimal principalAmount() {
        return terms.principalAmount();
    }

    public String principalCurrency() {
        return terms.currency();
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
