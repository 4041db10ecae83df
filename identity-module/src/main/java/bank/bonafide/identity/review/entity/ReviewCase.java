package bank.bonafide.identity.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A decision waiting for people: what they must check, the applicant as staff may see them (masked), and
 * the four-eyes trail. State moves OPEN → PROPOSED → CLOSED; a declined proposal goes back to OPEN.
 */
@Entity
@Table(name = "identity_review_case")
@NamedQuery(name = ReviewCase.WAITING, query = "SELECT r FROM ReviewCase r WHERE r.status <> 'CLOSED' ORDER BY r.openedAt")
public class ReviewCase {

    public static final String WAITING = "ReviewCase.waiting";

    public enum Status { OPEN, PROPOSED, CLOSED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", nullable = false, length = 36)
    private UUID decisionId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "subject_reference", nullable = false, length = 64)
    private String subjectReference;

    @Column(nullable = false, length = 32)
    private String purpose;

    @Column(name = "masked_name", length = 100)
    private String maskedName;

    @Column(name = "masked_id_number", length = 40)
    private String maskedIdNumber;

    @Column(name = "masked_phone", length = 40)
    private String maskedPhone;

    /** One item a person must check per line. */
    @Column(name = "to_check", nullable = false, length = 2000)
    private String toCheck;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "proposed_verdict", length = 16)
    private String proposedVerdict;

    @Column(name = "proposed_by", length = 64)
    private String proposedBy;

    @Column(name = "proposal_reason", length = 1000)
    private String proposalReason;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "checked_by", length = 64)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "final_decision_id", length = 36)
    private UUID finalDecisionId;

    /** Two reviewers acting on one case at once: the second one's change fails instead of overwriting. */
    @Version
    private long version;

    protected ReviewCase() {
    }

    public ReviewCase(UUID decisionId, String customerId, String subjectReference, String purpose, String maskedName,
                      String maskedIdNumber, String maskedPhone, List<String> toCheck, Instant openedAt) {
        this.id = UUID.randomUUID();
        this.decisionId = decisionId;
        this.customerId = customerId;
        this.subjectReference = subjectReference;
        this.purpose = purpose;
        this.maskedName = maskedName;
        this.maskedIdNumber = maskedIdNumber;
        this.maskedPhone = maskedPhone;
        this.toCheck = String.join("\n", toCheck);
        this.openedAt = openedAt;
        this.status = Status.OPEN.name();
    }

    /** The maker's step. */
    public void propose(String verdict, String by, String reason, Instant at) {
        require(Status.OPEN);
        this.status = Status.PROPOSED.name();
        this.proposedVerdict = verdict;
        this.proposedBy = by;
        this.proposalReason = reason;
        this.proposedAt = at;
    }

    /** The checker's step: only someone other than the maker. */
    public void confirm(String by, Instant at, UUID finalDecision) {
        require(Status.PROPOSED);
        if (Objects.equals(by, proposedBy)) {
            throw new IllegalStateException("the maker cannot check their own proposal");
        }
        this.status = Status.CLOSED.name();
        this.checkedBy = by;
        this.checkedAt = at;
        this.finalDecisionId = finalDecision;
    }

    /** The checker sends the proposal back; the case waits for a new one. */
    public void decline() {
        require(Status.PROPOSED);
        this.status = Status.OPEN.name();
        this.proposedVerdict = null;
        this.proposedBy = null;
        this.proposalReason = null;
        this.proposedAt = null;
    }

    private void require(Status expected) {
        if (!status.equals(expected.name())) {
            throw new IllegalStateException("the case is " + status + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID decisionId() {
        return decisionId;
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

    public String maskedName() {
        return maskedName;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    public String maskedPhone() {
        return maskedPhone;
    }

    public List<String> toCheck() {
        return Arrays.asList(toCheck.split("\n"));
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public String proposedVerdict() {
        return proposedVerdict;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public String proposalReason() {
        return proposalReason;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public UUID finalDecisionId() {
        return finalDecisionId;
    }
}
