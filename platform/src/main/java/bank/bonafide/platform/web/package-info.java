/**
 * Sign-in for the web modules against Keycloak.
 *
 * <p>Why not {@code @OpenIdAuthenticationMechanismDefinition} and Payara's MP-JWT: in one EAR every
 * Jakarta Security mechanism they define is an application-wide CDI bean, so the back office, the
 * portal and the API make each other's mechanism ambiguous (every request fails), and one shared OIDC
 * definition caches the first WAR's client id for all. Each WAR therefore declares its own mechanism
 * as a selected {@code @Alternative}, visible only inside that WAR, built on
 * {@link bank.bonafide.platform.web.BrowserSignIn} (authorization-code flow) or
 * {@link bank.bonafide.platform.web.KeycloakTokens} (bearer tokens). Tokens are checked with
 * nimbus-jose-jwt: RS256 signature against the realm's keys, issuer, audience, expiry, nonce.
 *
 * <p>Every WAR of the EAR must declare a mechanism of its own: once any exists, Soteria installs its
 * bridge in every web module, and a WAR without one fails every request with a NullPointerException.
 */
package bank.bonafide.platform.web;
