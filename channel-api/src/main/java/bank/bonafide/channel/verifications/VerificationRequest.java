package bank.bonafide.channel.verifications;

/**
 * What a terminal, the app or a counter sends for a verification. Contains personal data (ID number,
 * phone): used for the checks and never echoed back, logged or stored outside the identity module.
 *
 * @param occurredAt only for replays by compliance or admin: judge the event by the rules of that date
 */
public record VerificationRequest(String purpose, String channel, String terminalId, String customerId,
                                  String subjectReference, Applicant applicant, ChannelFactors channelFactors,
                                  String occurredAt) {

    /**
     * @param capturedImage the terminal's photo, base64; kept (encrypted, in the vault) only under the
     *                      customer's separate biometric consent, otherwise discarded unread
     */
    public record Applicant(String name, String idDocumentNumber, String phoneNumber, String faceReferenceId,
                            String capturedImageSha256, String capturedImage) {
    }

    /** Factors the channel itself checked: a one-time code sent to the applicant's phone, a password, a counter officer. */
    public record ChannelFactors(Boolean oneTimeCodeMatched, Boolean paymentPasswordMatched, String counterOfficerId) {
    }
}
