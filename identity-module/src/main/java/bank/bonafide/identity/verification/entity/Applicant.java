package bank.bonafide.identity.verification.entity;

/**
 * Who claims to be verified, as the channel captured it. Holds personal data of class C2 (ID number,
 * phone): sent only to the services that must check it, never logged, never put in events.
 *
 * @param faceReferenceId the vendor's reference of the captured face (the image itself stays in the
 *                        biometric vault); null when the customer gave no biometric consent
 */
public record Applicant(String name, String idDocumentNumber, String phoneNumber, String faceReferenceId,
                        String capturedImageSha256) {

    /** The same applicant with the face left out: nothing of it goes to the face vendor. */
    public Applicant withoutFace() {
        return new Applicant(name, idDocumentNumber, phoneNumber, null, null);
    }

    @Override
    public String toString() {
        return "Applicant[masked]";
    }
}
