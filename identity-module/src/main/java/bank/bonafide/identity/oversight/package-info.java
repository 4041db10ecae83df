/**
 * What identity reports to compliance for a period: biometric consents given and withdrawn, the vault's size and
 * purges, and staff-access alerts. Read-only and aggregate: no customer appears in it.
 */
package bank.bonafide.identity.oversight;
