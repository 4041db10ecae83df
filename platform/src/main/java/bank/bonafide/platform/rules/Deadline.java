package bank.bonafide.platform.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A computed deadline and the rule behind it: the pack id and version are stored with every decision
 * that uses it, so the decision can be explained later even after the pack changed.
 *
 * @param provisional the pack lacks the official holiday schedule for a year the clock runs into, so
 *                    the deadline was counted in plain calendar days without moving past rest days: the
 *                    earliest the true deadline can be. Never later than the rule allows; add the year's
 *                    notice to the pack to get the exact date.
 */
public record Deadline(String packId, int packVersion, String clock, LocalDate dueDate, Instant dueAt, String source,
                       boolean provisional) {
}
