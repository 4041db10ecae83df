/**
 * The application's own access to Keycloak's admin API (service account {@code bonafide-app}, only
 * manage/view/query users): provisioning and fraud blocks. Runs keycloak-admin-client on Payara's Jersey.
 */
package bank.bonafide.platform.keycloak;
