package bank.bonafide.compensation.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One assessment per disputing complaint. Invariant: at most one per complaint (unique key), however
 * often the complaint event arrives.
 */
@Entity
@Table(name = "compensation_liability_assessment")
@NamedQuery(name = LiabilityAssessment.FOR_COMPLAINT,
        query = "SELECT a FROM LiabilityAssessment a WHERE a.complaintId = :complaintId")
public class LiabilityAssessment {

    public static final String FRAUD_ESTABLISHED = "FRAUD_FOUND";
    public static final String FOR_COMPLAINT = "LiabilityAssessment.forComplaint";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "complaint_id", nullable = false, unique = true, length = 36)
    private UUID complaintId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "disputed_reference", nullable = false, length = 64)
    private String disputedReference;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** Null until identity has answered; then whether it held a verification record at all. */
    @Column(name = "identity_record_found")
    private Boolean identityRecordFound;

    @Column(name = "identity_outcome", length = 16)
    private String identityOutcome;

    @Column(name = "evidence_package_id", length = 64)
    private String evidencePackageId;

    @Column(name = "identity_checks", length = 500)
    private String identityChecks;

    @Column(name = "evidence_received_at")
    private Instant evidenceReceivedAt;

    /** The rule pack the assessment is judged by; set when it decides (compensation issue). */
    @Column(name = "rule_pack_id", length = 32)
    private String rulePackId;

    @Column(name = "rule_pack_version")
    private Integer rulePackVersion;

    /** What the evidence supports (a {@code Claim.Finding} name); null until identity has answered. */
    @Column(length = 32)
    private String finding;

    /** The factors the bank must show, one line each ("shown: ..." or "NOT shown: ..."). */
    @Column(length = 2000)
    private String factors;

    @Version
    private long version;

    protected LiabilityAssessment() {
    }

    public LiabilityAssessment(UUID complaintId, String customerId, String disputedReference, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.complaintId = complaintId;
        this.customerId = customerId;
        this.disputedReference = disputedReference;
        this.status = "OPEN";
        this.openedAt = openedAt;
    }

    public void recordIdentityEvidence(boolean recordFound, String outcome, String evidencePackageId,
                                       String checks, Instant receivedAt) {
        this.identityRecordFound = recordFound;
        this.identityOutcome = outcome;
        this.evidencePackageId = evidencePackageId;
        this.identityChecks = checks;
        this.evidenceReceivedAt = receivedAt;
    }

    /** The burden-of-proof reading of that evidence, under the pack in force when the disputed decision was made. */
    public void judge(String finding, java.util.List<String> factorLines, String packId, int packVersion) {
        this.finding = finding;
        String all = String.join("\n", factorLines);
        this.factors = all.length() <= 2000 ? all : all.substring(0, 1997) + "...";
        this.rulePackId = packId;
        this.rulePackVersion = packVersion;
    }

    public String finding() {
        return finding;
    }

    public java.util.List<String> factors() {
        return factors == null || factors.isEmpty() ? java.util.List.of() : java.util.List.of(factors.split("\n"));
    }

    public String rulePackId() {
        return rulePackId;
    }

    /**
     * Records that the customer did not act: the bank cannot prove otherwise and the evidence shows someone
     * else. Final; returns false when the finding was already made.
     */
    public boolean establishFraud() {
        if (FRAUD_ESTABLISHED.equals(status)) {
            return false;
        }
        status = FRAUD_ESTABLISHED;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public String customerId() {
        return customerId;
    }

    public String disputedReference() {
        return disputedReference;
    }

    public String status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Boolean identityRecordFound() {
        return identityRecordFound;
    }

    public String identityOutcome() {
        return identityOutcome;
    }

    public String evidencePackageId() {
        return evidencePackageId;
    }

    public String identityChecks() {
        return identityChecks;
    }
}
