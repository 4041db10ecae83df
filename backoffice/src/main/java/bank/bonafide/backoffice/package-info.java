/**
 * The staff back office: JSF and PrimeFaces screens behind Keycloak OIDC login. Every page needs a
 * staff role; a customer who signs in here gets a 403 page.
 */
package bank.bonafide.backoffice;
