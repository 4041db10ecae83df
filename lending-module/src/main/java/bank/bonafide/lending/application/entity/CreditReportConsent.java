package bank.bonafide.lending.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The customer's consent to one credit-report query for one application (CN-06): its id and the
 * application id travel with the query, so the bureau and an auditor can see the live purpose.
 */
@Entity
@Table(name = "lending_credit_consent")
public class CreditReportConsent {

    /** The text the customer agrees to; its hash is stored with the consent. */
    public static final String NOTICE = "I agree that the bank queries my credit report at the credit reference centre once, "
            + "for deciding this loan application only.";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "application_id", nullable = false, length = 36)
    private UUID applicationId;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "notice_sha256", nullable = false, length = 64)
    private String noticeSha256;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "given_via", nullable = false, length = 100)
    private String givenVia;

    protected CreditReportConsent() {
    }

    public CreditReportConsent(UUID applicationId, String customerId, String noticeSha256, Instant givenAt, String givenVia) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.customerId = customerId;
        this.noticeSha256 = noticeSha256;
        this.givenAt = givenAt;
        this.givenVia = givenVia;
    }

    public UUID id() {
        return id;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String givenVia() {
        return givenVia;
    }
}
