/**
 * The transactional outbox: how a context announces a fact to the others without announcing what was
 * rolled back or losing what was committed.
 *
 * <ol>
 * <li>{@link bank.bonafide.platform.outbox.Outbox#publish} writes the event row in the caller's JTA
 *     transaction: it exists if and only if the caller's work committed.</li>
 * <li>Each context's {@link bank.bonafide.platform.outbox.OutboxRelay} polls its own rows and notifies
 *     every CDI observer of the event separately, each in its own transaction together with the row
 *     that records that observer's delivery. A failing observer is retried with exponential backoff;
 *     the others are not repeated. The event row stays undelivered (visible) until all succeeded.</li>
 * <li>Observers make their effect idempotent with {@link bank.bonafide.platform.outbox.ProcessedEvents},
 *     so an event delivered twice has one effect.</li>
 * </ol>
 * Observers must live in EJB modules (WAR beans are not visible to them) and must delegate database work
 * to an EJB of their own module: a persistence unit is resolved in the caller's module.
 */
package bank.bonafide.platform.outbox;
