package bank.bonafide.platform.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed deadline and the rule behind it: the pack id and version are stored with every decision
 * that uses it, so the decision can be explained later even after the pack changed.
 */
public record Deadline(String packId, int packVersion, String clock, LocalDate dueDate, Instant dueAt, String source) {
}
