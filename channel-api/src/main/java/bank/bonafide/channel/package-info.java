/**
 * The channel REST API for the self-service terminal and the mobile app: bearer tokens from Keycloak
 * (MicroProfile JWT), every resource denied unless a role is granted, errors as RFC 9457
 * {@code application/problem+json} without internals.
 */
package bank.bonafide.channel;
