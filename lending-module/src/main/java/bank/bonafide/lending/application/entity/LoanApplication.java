package bank.bonafide.lending.application.entity;

import bank.bonafide.lending.terms.entity.LoanTerms;
import bank.bonafide.lending.terms.entity.StoredTerms;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A loan application and the terms on offer. Invariants: terms change only while {@link #signable()}; CONFIRMED holds
 * the hash of the terms the code confirmed; SIGNED only when identity approved a step-up for that same
 * hash; REFUSED is final and says why.
 */
@Entity
@Table(name = "lending_application")
@NamedQuery(name = LoanApplication.BY_REFERENCE, query = "SELECT a FROM LoanApplication a WHERE a.reference = :reference")
@NamedQuery(name = LoanApplication.BY_STATUS, query = "SELECT a FROM LoanApplication a WHERE a.status IN :statuses ORDER BY a.occurredAt DESC")
@NamedQuery(name = LoanApplication.OF_CUSTOMER, query = "SELECT a FROM LoanApplication a WHERE a.customerId = :customerId ORDER BY a.occurredAt DESC")
public class LoanApplication {

    public static final String BY_REFERENCE = "LoanApplication.byReference";
    public static final String BY_STATUS = "LoanApplication.byStatus";
    public static final String OF_CUSTOMER = "LoanApplication.ofCustomer";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "product_code", nullable = false, length = 32)
    private String productCode;

    @Embedded
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private StoredTerms terms;

    @Column(name = "terms_hash", nullable = false, length = 64)
    private String termsHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationStatus status;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "rule_pack_id", nullable = false, length = 32)
    private String rulePackId;

    @Column(name = "rule_pack_version", nullable = false)
    private int rulePackVersion;

    @Column(length = 2000)
    private String reasons;

    @Column(name = "confirmed_terms_hash", length = 64)
    private String confirmedTermsHash;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "step_up_decision_id", length = 36)
    private UUID stepUpDecisionId;

    @Column(name = "step_up_outcome", length = 16)
    private String stepUpOutcome;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "step_up_evidence_package_id", length = 36)
    private UUID stepUpEvidencePackageId;

    @Column(name = "loan_reference", length = 32)
    private String loanReference;

    @Version
    private long version;

    protected LoanApplication() {
    }

    public LoanApplication(String reference, String customerId, String productCode, LoanTerms terms, String termsHash,
                           String channel, String submittedBy, Instant occurredAt, String rulePackId, int rulePackVersion) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.customerId = customerId;
        this.productCode = productCode;
        this.channel = channel;
        this.submittedBy = submittedBy;
        this.occurredAt = occurredAt;
        this.rulePackId = rulePackId;
        this.rulePackVersion = rulePackVersion;
        this.status = ApplicationStatus.OFFERED;
        setTerms(terms, termsHash);
    }

    public LoanTerms terms() {
        return terms.terms().orElseThrow();
    }

    /**
     * Still open to a code, a confirmation or new terms: on offer, or confirmed while identity's step-up has not
     * approved yet (a customer whose step-up never came through can confirm again rather than be stuck).
     */
    public boolean signable() {
        return status == ApplicationStatus.OFFERED || (status == ApplicationStatus.CONFIRMED && !"APPROVED".equals(stepUpOutcome));
    }

    /** New terms while still open; back on offer, and a code sent or confirmed for the old terms no longer matches them. */
    public void amend(LoanTerms terms, String termsHash) {
        if (!signable()) {
            throw new IllegalStateException("terms can change only while the application is open");
        }
        setTerms(terms, termsHash);
        status = ApplicationStatus.OFFERED;
        confirmedTermsHash = null;
        confirmedAt = null;
    }

    private void setTerms(LoanTerms terms, String termsHash) {
        this.terms = StoredTerms.of(terms);
        this.termsHash = termsHash;
    }

    public void refuse(List<String> why) {
        status = ApplicationStatus.REFUSED;
        addReasons(why);
    }

    /** Reasons accumulate: a refused application still records a later step-up refusal. */
    public void addReasons(List<String> why) {
        List<String> all = new ArrayList<>(reasons());
        why.stream().filter(r -> !all.contains(r)).forEach(all::add);
        String joined = String.join("\n", all);
        reasons = joined.isEmpty() ? null : joined.length() > 2000 ? joined.substring(0, 1997) + "..." : joined;
    }

    public void confirm(String hash, Instant at) {
        status = ApplicationStatus.CONFIRMED;
        confirmedTermsHash = hash;
        confirmedAt = at;
    }

    public void stepUp(UUID decisionId, String outcome, UUID evidencePackageId) {
        stepUpDecisionId = decisionId;
        stepUpOutcome = outcome;
        stepUpEvidencePackageId = evidencePackageId;
    }

    public void signed(String loan) {
        status = ApplicationStatus.SIGNED;
        loanReference = loan;
    }

    public List<String> reasons() {
        return reasons == null ? List.of() : List.of(reasons.split("\n"));
    }

    public UUID id() {
        return id;
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

    public String productCode() {
        return productCode;
    }

    public String termsHash() {
        return termsHash;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String channel() {
        return channel;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String rulePackId() {
        return rulePackId;
    }

    public int rulePackVersion() {
        return rulePackVersion;
    }

    public String confirmedTermsHash() {
        return confirmedTermsHash;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public UUID stepUpDecisionId() {
        return stepUpDecisionId;
    }

    public String stepUpOutcome() {
        return stepUpOutcome;
    }

    public UUID stepUpEvidencePackageId() {
        return stepUpEvidencePackageId;
    }

    public String loanReference() {
        return loanReference;
    }
}
