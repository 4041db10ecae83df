/**
 * Verification sessions: a terminal, the app or a counter opens a session for one purpose, the channel
 * submits the factors it established itself as the customer goes through them (one-time code, payment
 * password, counter officer), and the session ends in exactly one decision, when the external checks run.
 * A session is good for ten minutes and only for the login that opened it; it cannot be decided twice.
 */
package bank.bonafide.identity.session;
