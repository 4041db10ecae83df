/** Administration: staff logins and their roles, privileged grants decided by a second administrator. */
package bank.bonafide.backoffice.admin;
