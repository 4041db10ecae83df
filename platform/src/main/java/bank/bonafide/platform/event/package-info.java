/**
 * Integration-event contracts: the only types bounded contexts share.
 *
 * <p>Each context publishes the records of its own sealed interface ({@code ComplaintsEvent},
 * {@code IdentityEvent}, ...) through the {@link bank.bonafide.platform.outbox.Outbox}; the other
 * contexts observe them as plain CDI events. Records carry internal references only (customer id,
 * complaint id, item reference), never personal data of class C2/C3: events are stored in the outbox
 * table and may be read by operators.
 */
package bank.bonafide.platform.event;
