/**
 * Access: a fraud block disables a login at Keycloak and ends its sessions there and in the app; every block is
 * recorded with who ordered it and why. Items the fraud playbook froze are refused any verification.
 */
package bank.bonafide.identity.access;
