package bank.bonafide.identity.consent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A face captured under a consent: the link from the consent (and so the customer) to the vault record,
 * plus the image's hash that the evidence package cites. Stays after the purge, so the evidence can say
 * the image existed and when and why it was deleted.
 */
@Entity
@Table(name = "identity_biometric_capture")
public class BiometricCapture {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "consent_id", nullable = false, length = 36)
    private UUID consentId;

    @Column(name = "vault_reference", nullable = false, length = 36)
    private String vaultReference;

    @Column(name = "image_sha256", nullable = false, length = 64)
    private String imageSha256;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Column(name = "purge_after", nullable = false)
    private Instant purgeAfter;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "purge_reason", length = 64)
    private String purgeReason;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "decision_id", length = 36)
    private UUID decisionId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "held_for_complaint", length = 36)
    private UUID heldForComplaint;

    protected BiometricCapture() {
    }

    public BiometricCapture(UUID consentId, UUID decisionId, String vaultReference, String imageSha256, Instant capturedAt,
                            Instant purgeAfter) {
        this.id = UUID.randomUUID();
        this.decisionId = decisionId;
        this.consentId = consentId;
        this.vaultReference = vaultReference;
        this.imageSha256 = imageSha256;
        this.capturedAt = capturedAt;
        this.purgeAfter = purgeAfter;
    }

    public void purged(Instant at, String reason) {
        this.purgedAt = at;
        this.purgeReason = reason;
    }

    public void holdFor(UUID complaintId) {
        this.heldForComplaint = complaintId;
    }

    public UUID consentId() {
        return consentId;
    }

    public void releaseHold() {
        this.heldForComplaint = null;
    }

    public UUID heldForComplaint() {
        return heldForComplaint;
    }

    public String vaultReference() {
        return vaultReference;
    }

    public String imageSha256() {
        return imageSha256;
    }

    public Instant purgedAt() {
        return purgedAt;
    }
}
