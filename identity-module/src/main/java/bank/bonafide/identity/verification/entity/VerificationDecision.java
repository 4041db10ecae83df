package bank.bonafide.identity.verification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A decision identity made about a subject (an account being opened, a loan being signed). Immutable
 * once made: a court is shown what was decided then, not what someone thinks now.
 */
@Entity
@Immutable
@Table(name = "identity_verification_decision")
@NamedQuery(name = VerificationDecision.LATEST_FOR_SUBJECT,
        query = "SELECT d FROM VerificationDecision d WHERE d.subjectReference = :subject AND d.customerId = :customerId "
                + "ORDER BY d.decidedAt DESC")
public class VerificationDecision {

    public static final String LATEST_FOR_SUBJECT = "VerificationDecision.latestForSubject";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    /** The account or loan the decision was about, by the bank's reference. */
    @Column(name = "subject_reference", nullable = false, length = 64)
    private String subjectReference;

    @Column(nullable = false, length = 32)
    private String purpose;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "evidence_package_id", length = 64)
    private String evidencePackageId;

    /** Names of the checks made, comma-separated in the order made. */
    @Column(name = "checks_performed", nullable = false, length = 500)
    private String checksPerformed;

    /** The rule pack the decision applied (null for decisions recorded before rule packs existed). */
    @Column(name = "rule_pack_id", length = 32)
    private String rulePackId;

    @Column(name = "rule_pack_version")
    private Integer rulePackVersion;

    /** Why it was refused, or what a person must check; one per line. Null for approvals and old records. */
    @Column(length = 2000)
    private String reasons;

    /** For a loan signing: the hash of the terms the customer's code confirmed (dynamic linking). */
    @Column(name = "confirmed_terms_hash", length = 64)
    private String confirmedTermsHash;

    protected VerificationDecision() {
    }

    public VerificationDecision(UUID id, String customerId, String subjectReference, String purpose, String channel,
                                String outcome, String reasons, Instant decidedAt, String evidencePackageId,
                                List<String> checksPerformed, String rulePackId, int rulePackVersion) {
        this.id = id;
        this.customerId = customerId;
        this.subjectReference = subjectReference;
        this.purpose = purpose;
        this.channel = channel;
        this.outcome = outcome;
        this.reasons = reasons;
        this.decidedAt = decidedAt;
        this.evidencePackageId = evidencePackageId;
        this.checksPerformed = String.join(",", checksPerformed);
        this.rulePackId = rulePackId;
        this.rulePackVersion = rulePackVersion;
    }

    public UUID id() {
        return id;
    }

    public String reasons() {
        return reasons;
    }

    public String customerId() {
        return customerId;
    }

    public String subjectReference() {
        return subjectReference;
    }

    public String purpose() {
        return purpose;
    }

    public String outcome() {
        return outcome;
    }

    public String channel() {
        return channel;
    }

    public String confirmedTermsHash() {
        return confirmedTermsHash;
    }

    /** Binds a loan signing to the terms its code confirmed; set once, when the decision is made. */
    public VerificationDecision confirmingTerms(String termsHash) {
        this.confirmedTermsHash = termsHash;
        return this;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String evidencePackageId() {
        return evidencePackageId;
    }

    public String rulePackId() {
        return rulePackId;
    }

    public Integer rulePackVersion() {
        return rulePackVersion;
    }

    public List<String> checksPerformed() {
        return checksPerformed.isBlank() ? List.of() : Arrays.stream(checksPerformed.split(",")).map(String::strip).toList();
    }
}
