/**
 * Login access: a fraud block disables a login at Keycloak and ends its sessions there; every block is
 * recorded with who ordered it and why.
 */
package bank.bonafide.identity.access;
