package bank.bonafide.lending.application.entity;

import bank.bonafide.platform.digest.Sha256;
import bank.bonafide.platform.text.Sentences;
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
 * A one-time signing code, bound to the terms it was sent for: only its digest over application, terms
 * hash and code is stored, so the same code checked against changed terms simply does not match.
 * Invariant: at most {@link #MAX_ATTEMPTS} tries, then it is spent; a newer code voids older ones.
 */
@Entity
@Table(name = "lending_signing_code")
@NamedQuery(name = SigningCode.LIVE, query = "SELECT c FROM SigningCode c WHERE c.applicationId = :id AND c.status = 'ISSUED' ORDER BY c.issuedAt DESC")
public class SigningCode {

    public static final String LIVE = "SigningCode.live";
    public static final int MAX_ATTEMPTS = 5;

    private static final Sentences SENTENCES = Sentences.of(SigningCode.class);

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "application_id", nullable = false, length = 36)
    private UUID applicationId;

    @Column(name = "code_digest", nullable = false, length = 64)
    private String codeDigest;

    @Column(name = "terms_hash", nullable = false, length = 64)
    private String termsHash;

    @Column(name = "sent_to", nullable = false, length = 32)
    private String sentTo;

    /** Which phone got it, as a digest: the step-up then checks that very number is the borrower's. */
    @Column(name = "phone_digest", nullable = false, length = 64)
    private String phoneDigest;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int attempts;

    /** ISSUED, USED, VOID (superseded, terms changed or tried too often). */
    @Column(nullable = false, length = 16)
    private String status;

    @Version
    private long version;

    protected SigningCode() {
    }

    public SigningCode(UUID applicationId, String code, String termsHash, String phoneNumber, String maskedPhone, Instant issuedAt,
                       Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.codeDigest = digest(applicationId, termsHash, code);
        this.termsHash = termsHash;
        this.sentTo = maskedPhone;
        this.phoneDigest = Sha256.hex(applicationId + "|" + phoneNumber.strip());
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.status = "ISSUED";
    }

    static String digest(UUID applicationId, String termsHash, String code) {
        return Sha256.hex(applicationId + "|" + termsHash + "|" + code);
    }

    /** Why the code does not sign these terms now, or null when it does (and it is then used up). */
    public String redeem(String code, String currentTermsHash, String phoneNumber, Instant now) {
        if (now.isAfter(expiresAt)) {
            status = "VOID";
            return SENTENCES.say("code.expired");
        }
        attempts++;
        if (phoneNumber == null || !phoneDigest.equals(Sha256.hex(applicationId + "|" + phoneNumber.strip()))) {
            if (attempts >= MAX_ATTEMPTS) {
                status = "VOID";
            }
            return SENTENCES.say("code.otherPhone");
        }
        if (code != null && codeDigest.equals(digest(applicationId, currentTermsHash, code.strip()))) {
            status = "USED";
            return null;
        }
        if (code != null && codeDigest.equals(digest(applicationId, termsHash, code.strip()))) {
            status = "VOID";
            return SENTENCES.say("code.termsChanged");
        }
        if (attempts >= MAX_ATTEMPTS) {
            status = "VOID";
            return SENTENCES.say("code.wrongTooOften");
        }
        return SENTENCES.say("code.wrong");
    }

    public void voidIt() {
        status = "VOID";
    }

    public String sentTo() {
        return sentTo;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
