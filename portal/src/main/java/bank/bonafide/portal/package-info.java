/**
 * The customer portal: a customer signs in through Keycloak and files and follows their own complaints.
 * The customer is identified only by the {@code customer_id} claim of their login, never by a form field.
 */
package bank.bonafide.portal;
