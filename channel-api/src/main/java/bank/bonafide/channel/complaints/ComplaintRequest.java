package bank.bonafide.channel.complaints;

/**
 * What the app sends to file a complaint. Strings, not enums, so that a wrong value gets a helpful
 * problem instead of a generic parse error.
 */
public record ComplaintRequest(String category, String itemKind, String itemReference, String description) {
}
