package bank.bonafide.platform.rules;

/** A rule value with the DOMAIN.md rule id it comes from, and a note where the value needs explaining. */
public record Sourced<T>(T value, String source, String note) {
}
