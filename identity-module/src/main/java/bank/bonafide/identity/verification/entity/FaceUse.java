package bank.bonafide.identity.verification.entity;

/**
 * What became of the customer's face in one verification, for the evidence: whether a separate consent
 * allowed it, the hash of the image kept in the vault (null when none was kept), and why not.
 */
public record FaceUse(boolean consented, String storedImageSha256, String note) {
}
