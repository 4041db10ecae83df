package bank.bonafide.compensation.assessment.entity;

import bank.bonafide.platform.text.Sentences;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One assessment per disputing complaint. Invariant: at most one per complaint (unique key), however
 * often the complaint event arrives.
 */
@Entity
@Table(name = "compensation_liability_assessment")
@NamedQuery(name = LiabilityAssessment.FOR_COMPLAINT,
        query = "SELECT a FROM LiabilityAssessment a WHERE a.complaintId = :complaintId")
public class LiabilityAssessment {

    private static final Sentences SENTENCES = Sentences.of(LiabilityAssessment.class);

    public static final String FRAUD_ESTABLISHED = "FRAUD_FOUND";
    public static final String CONCLUDED = "CONCLUDED";
    /** {@code Claim.Finding.UNDECIDED}: the evidence holds on every factor, which alone proves nothing (EU-02). */
    static final String UNDECIDED = "UNDECIDED";
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

    /** The assessor's conclusion (a {@code Claim.Finding} name); null while the assessment is open. Final once set. */
    @Column(name = "assessor_finding", length = 32)
    private String assessorFinding;

    /** The assessor found that someone else acted (identity theft): the loss is the bank's and lending writes it off. */
    @Column(name = "third_party_fraud", nullable = false)
    private boolean thirdPartyFraud;

    /** What the conclusion rests on, in words a court can check against the file. */
    @Column(name = "cited_evidence", length = 2000)
    private String citedEvidence;

    /** The customer's share of the fault when she contributed; null for the pack's default split. */
    @Column(name = "customer_fault_percent", precision = 5, scale = 2)
    private BigDecimal customerFaultPercent;

    @Column(name = "concluded_by", length = 64)
    private String concludedBy;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    /** Staff who made or checked the disputed decision (from identity's disclosure): they may not conclude. */
    @Column(name = "involved_staff", length = 1000)
    private String involvedStaff;

    /** When the claim reached the bank (the complaint's filing): the advance-compensation clock runs from here. */
    @Column(name = "claimed_at")
    private Instant claimedAt;

    /** By when the bank must pay if it cannot prove the customer's fault; null when the pack sets no clock. */
    @Column(name = "payout_due")
    private Instant payoutDue;

    /** When it was escalated for nearing {@code payoutDue} with no payout proposed; once. */
    @Column(name = "payout_escalated_at")
    private Instant payoutEscalatedAt;

    @Version
    private long version;

    protected LiabilityAssessment() {
    }

    public LiabilityAssessment(UUID complaintId, String customerId, String disputedReference, Instant claimedAt,
                               Instant payoutDue, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.claimedAt = claimedAt;
        this.payoutDue = payoutDue;
        this.complaintId = complaintId;
        this.customerId = customerId;
        this.disputedReference = disputedReference;
        this.status = "OPEN";
        this.openedAt = openedAt;
    }

    public void recordIdentityEvidence(boolean recordFound, String outcome, String evidencePackageId,
                                       String checks, java.util.List<String> involved, Instant receivedAt) {
        this.involvedStaff = involved.isEmpty() ? null : String.join(",", involved);
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
     * The assessor's conclusion. Invariants: only once identity's evidence is read; only once (a court sees one
     * conclusion, not a history of second thoughts); never by staff who made or checked the disputed decision; a
     * finding against the customer only where the evidence proves she was authenticated (CN-18, EU-02: the bank
     * proves that first) and only with the evidence cited; a finding of someone else's fraud also cites its basis.
     *
     * @return why it is refused, or empty when recorded
     */
    public Optional<String> conclude(String finding, boolean againstCustomer, boolean thirdParty, String cited,
                                     BigDecimal faultPercent, String assessor, Instant at) {
        if (this.finding == null) {
            return Optional.of(SENTENCES.say("evidence.not.disclosed"));
        }
        if (assessorFinding != null) {
            return Optional.of(SENTENCES.say("concluded.already", concludedBy, assessorFinding));
        }
        if (involvedStaff().contains(assessor)) {
            return Optional.of(SENTENCES.say("own.decision"));
        }
        if (cited == null || cited.isBlank()) {
            return Optional.of(SENTENCES.say("cite.evidence"));
        }
        if (againstCustomer && !UNDECIDED.equals(this.finding)) {
            // the factor lines are the assessment's recorded reading of the evidence, as stored (English)
            return Optional.of(SENTENCES.say("not.authenticated", String.join("; ", notShown())));
        }
        this.assessorFinding = finding;
        this.thirdPartyFraud = thirdParty;
        this.citedEvidence = cited.strip().length() <= 2000 ? cited.strip() : cited.strip().substring(0, 1997) + "...";
        this.customerFaultPercent = faultPercent;
        this.concludedBy = assessor;
        this.concludedAt = at;
        this.status = thirdParty ? FRAUD_ESTABLISHED : CONCLUDED;
        return Optional.empty();
    }

    /** Escalates once when the payout clock is within {@code warning} of {@code now} and nothing pays it yet. */
    public boolean escalateIfDue(Instant now, java.time.Duration warning) {
        if (payoutDue == null || payoutEscalatedAt != null || payoutDue.minus(warning).isAfter(now)) {
            return false;
        }
        payoutEscalatedAt = now;
        return true;
    }

    /** What the bank pays by: the assessor's conclusion, else what the evidence alone supports. */
    public String effectiveFinding() {
        return assessorFinding != null ? assessorFinding : finding;
    }

    public java.util.List<String> involvedStaff() {
        return involvedStaff == null ? java.util.List.of() : java.util.List.of(involvedStaff.split(","));
    }

    private java.util.List<String> notShown() {
        return factors().stream().filter(f -> f.startsWith("NOT shown")).toList();
    }

    public String assessorFinding() {
        return assessorFinding;
    }

    public boolean thirdPartyFraud() {
        return thirdPartyFraud;
    }

    public String citedEvidence() {
        return citedEvidence;
    }

    public BigDecimal customerFaultPercent() {
        return customerFaultPercent;
    }

    public String concludedBy() {
        return concludedBy;
    }

    public Instant concludedAt() {
        return concludedAt;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant payoutDue() {
        return payoutDue;
    }

    public Instant payoutEscalatedAt() {
        return payoutEscalatedAt;
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
