package bank.bonafide.identity.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One separate consent to biometric processing (CN-07): which notice was shown (its hash), when and where
 * it was given, and when it was withdrawn. Kept after withdrawal as proof of what the customer agreed to.
 */
@Entity
@Table(name = "identity_biometric_consent")
@NamedQuery(name = BiometricConsent.ACTIVE, query = "SELECT c FROM BiometricConsent c WHERE c.customerId = :customerId "
        + "AND c.withdrawnAt IS NULL ORDER BY c.givenAt DESC")
public class BiometricConsent {

    public static final String ACTIVE = "BiometricConsent.active";

    /** Only a consent given on its own counts; a box inside other terms is invalid under CN-07. */
    public static final String SEPARATE = "SEPARATE";

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(name = "customer_id", nullable = false, length = 32)
    private String customerId;

    @Column(name = "consent_type", nullable = false, length = 16)
    private String consentType;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays;

    @Column(name = "notice_sha256", nullable = false, length = 64)
    private String noticeSha256;

    @Column(name = "rule_pack_id", nullable = false, length = 32)
    private String rulePackId;

    @Column(name = "rule_pack_version", nullable = false)
    private int rulePackVersion;

    @Column(name = "given_via", nullable = false, length = 64)
    private String givenVia;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_via", length = 64)
    private String withdrawnVia;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected BiometricConsent() {
    }

    public BiometricConsent(String customerId, String purpose, int retentionDays, String noticeSha256, String rulePackId,
                            int rulePackVersion, String givenVia, Instant givenAt) {
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.consentType = SEPARATE;
        this.purpose = purpose;
        this.retentionDays = retentionDays;
        this.noticeSha256 = noticeSha256;
        this.rulePackId = rulePackId;
        this.rulePackVersion = rulePackVersion;
        this.givenVia = givenVia;
        this.givenAt = givenAt;
    }

    public void withdraw(String via, Instant at) {
        this.withdrawnVia = via;
        this.withdrawnAt = at;
    }

    public UUID id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public int retentionDays() {
        return retentionDays;
    }

    public Instant givenAt() {
        return givenAt;
    }

    public String givenVia() {
        return givenVia;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
