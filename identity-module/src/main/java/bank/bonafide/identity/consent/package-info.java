/**
 * Biometric consent (CN-04, CN-07, PCAC convention): a separate, explicit record per customer, given after
 * a notice that states purpose and retention, never bundled with other terms. Without an active consent no
 * face is collected and the other factors apply. This component also keeps the only link between a
 * customer and their vault records (a capture), so withdrawal and the retention timer can purge them.
 */
package bank.bonafide.identity.consent;
