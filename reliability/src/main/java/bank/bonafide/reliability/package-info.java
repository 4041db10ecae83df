/**
 * The reliability suite (README "Reliability", issue R1-R8): black-box checks that break the running system on
 * purpose (a database outage, later a killed server, hostile input, a curious insider) and then count what was
 * tried, what failed and what was lost. Each check is a drill that returns a {@link bank.bonafide.reliability.Verdict}
 * with its figures; {@link bank.bonafide.reliability.ReliabilityRun} runs them, prints the figures and fails on any
 * failed check. Everything it talks to is on 127.0.0.1 and every loop is bounded by time or count.
 */
package bank.bonafide.reliability;
