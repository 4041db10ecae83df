/**
 * The biometric vault (CN-10, PCAC convention): raw face images and templates, encrypted with a data key
 * of their own that is wrapped by the configured master key (envelope encryption, Tink). Its table holds
 * no account number, ID number, phone or name: a record is found only by its random reference, which the
 * consent component keeps. Nothing outside this component ever sees plaintext face data; records are
 * purged when their retention ends or the customer withdraws consent, and re-wrapped when the master key
 * rotates.
 */
package bank.bonafide.identity.vault;
