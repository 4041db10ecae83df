package bank.bonafide.identity.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One verification session. Holds no personal data beyond the customer id: the applicant's details come
 * only with the decision request and go straight to the checks.
 */
@Entity
@Table(name = "identity_verification_session")
public class VerificationSession {

    public enum Status { OPEN, DECIDING, DECIDED }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(nullable = false, length = 32)
    private String purpose;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "terminal_id", length = 64)
    private String terminalId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "subject_reference", nullable = false, length = 64)
    private String subjectReference;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "one_time_code_matched")
    private Boolean oneTimeCodeMatched;

    @Column(name = "payment_password_matched")
    private Boolean paymentPasswordMatched;

    @Column(name = "counter_officer_id", length = 64)
    private String counterOfficerId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", length = 36)
    private UUID decisionId;

    protected VerificationSession() {
    }

    public VerificationSession(String purpose, String channel, String terminalId, String customerId, String subjectReference,
                               String openedBy, Instant openedAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.purpose = purpose;
        this.channel = channel;
        this.terminalId = terminalId;
        this.customerId = customerId;
        this.subjectReference = subjectReference;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.expiresAt = expiresAt;
        this.status = Status.OPEN.name();
    }

    /** Records what the channel established; a later answer for the same factor replaces the earlier one. */
    public void submit(Boolean oneTimeCode, Boolean paymentPassword, String officer) {
        if (oneTimeCode != null) {
            this.oneTimeCodeMatched = oneTimeCode;
        }
        if (paymentPassword != null) {
            this.paymentPasswordMatched = paymentPassword;
        }
        if (officer != null) {
            this.counterOfficerId = officer;
        }
    }

    public void decided(UUID decision) {
        this.status = Status.DECIDED.name();
        this.decisionId = decision;
    }

    /** Names of the factors submitted so far, for the channel's screen. */
    public List<String> submitted() {
        List<String> names = new ArrayList<>();
        if (oneTimeCodeMatched != null) {
            names.add("OneTimeCode");
        }
        if (paymentPasswordMatched != null) {
            names.add("PaymentPassword");
        }
        if (counterOfficerId != null) {
            names.add("CounterOfficerCheck");
        }
        return names;
    }

    public UUID id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    public String channel() {
        return channel;
    }

    public String terminalId() {
        return terminalId;
    }

    public String customerId() {
        return customerId;
    }

    public String subjectReference() {
        return subjectReference;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public Boolean oneTimeCodeMatched() {
        return oneTimeCodeMatched;
    }

    public Boolean paymentPasswordMatched() {
        return paymentPasswordMatched;
    }

    public String counterOfficerId() {
        return counterOfficerId;
    }

    public UUID decisionId() {
        return decisionId;
    }
}
