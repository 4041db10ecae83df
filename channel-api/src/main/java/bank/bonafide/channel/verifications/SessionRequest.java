package bank.bonafide.channel.verifications;

/** Opens a verification session: for what, on which channel and terminal, for which customer and item. */
public record SessionRequest(String purpose, String channel, String terminalId, String customerId, String subjectReference) {
}
