/**
 * Customer records and staff access to them (CN-11 to CN-13): the ID number and phone sealed at rest and masked on
 * screens; every staff read logged with its purpose or case; a full field shown only with a stated purpose; bulk
 * reading without a case raises an alert at the pack's threshold and suspends the login above its limit.
 */
package bank.bonafide.identity.customer;
