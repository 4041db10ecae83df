/** The staff home page: each person's own work on signing in, by role. */
package bank.bonafide.backoffice.home;
