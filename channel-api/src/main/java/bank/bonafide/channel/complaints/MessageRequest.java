package bank.bonafide.channel.complaints;

/** A customer's message about their complaint. */
public record MessageRequest(String text) {
}
