package bank.bonafide.lending.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Identity's decision on opening an account, as lending needs it for eligibility. Immutable. */
@Entity
@Table(name = "lending_account_opening")
@NamedQuery(name = AccountOpening.LATEST, query = "SELECT o FROM AccountOpening o WHERE o.accountReference = :account "
        + "AND o.customerId = :customer ORDER BY o.actedAt DESC")
public class AccountOpening {

    public static final String LATEST = "AccountOpening.latest";

    /** Channels where a member of staff saw the customer and the document. */
    public static final java.util.Set<String> IN_PERSON = java.util.Set.of("COUNTER", "BRANCH");

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", length = 36)
    private UUID decisionId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "account_reference", nullable = false, length = 64)
    private String accountReference;

    @Column(length = 32)
    private String channel;

    @Column(nullable = false, length = 16)
    private String outcome;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "evidence_package_id", length = 36)
    private UUID evidencePackageId;

    @Column(length = 2000)
    private String reasons;

    protected AccountOpening() {
    }

    public AccountOpening(UUID decisionId, String customerId, String accountReference, String channel, String outcome,
                          Instant actedAt, UUID evidencePackageId, String reasons) {
        this.decisionId = decisionId;
        this.customerId = customerId;
        this.accountReference = accountReference;
        this.channel = channel;
        this.outcome = outcome;
        this.actedAt = actedAt;
        this.evidencePackageId = evidencePackageId;
        this.reasons = reasons;
    }

    public boolean approved() {
        return "APPROVED".equals(outcome);
    }

    public boolean inPerson() {
        return channel != null && IN_PERSON.contains(channel);
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String channel() {
        return channel;
    }

    public String outcome() {
        return outcome;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public String reasons() {
        return reasons;
    }
}
